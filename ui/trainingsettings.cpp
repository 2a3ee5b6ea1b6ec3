#include "trainingsettings.h"

#include "zoo/zoo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QSpinBox>

namespace picta {

TrainingSettings::TrainingSettings(QWidget* parent)
    : QGroupBox(tr("Settings"), parent)
{
    m_arch = new QComboBox(this);
    m_arch->addItem(tr("Small CNN (fast)"), QStringLiteral("small-cnn"));
    m_arch->addItem(tr("VGG-style CNN (more accurate)"), QStringLiteral("vgg"));
    m_arch->addItem(tr("MobileNetV2 (small, for transfer learning)"), QStringLiteral("mobilenetv2"));
    m_arch->addItem(tr("MobileNetV3-Large (small, for transfer learning)"), QStringLiteral("mobilenetv3-large"));
    m_arch->addItem(tr("EfficientNet-B0 (accurate, for transfer learning)"), QStringLiteral("efficientnet-b0"));
    m_arch->addItem(tr("ResNet-18 (slow on a CPU)"), QStringLiteral("resnet18"));
    m_arch->setObjectName(QStringLiteral("arch"));

    m_epochs = new QSpinBox(this);
    m_epochs->setRange(1, 1000);
    m_epochs->setValue(10);
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_batch = new QSpinBox(this);
    m_batch->setRange(1, 4096);
    m_batch->setValue(64);
    m_batch->setObjectName(QStringLiteral("batch"));
    m_learningRate = new QDoubleSpinBox(this);
    m_learningRate->setDecimals(6);
    m_learningRate->setRange(0.000001, 1.0);
    m_learningRate->setSingleStep(0.0005);
    m_learningRate->setValue(0.001);
    m_learningRate->setObjectName(QStringLiteral("learningRate"));
    m_find = new QPushButton(tr("&Find…"), this);
    m_find->setObjectName(QStringLiteral("findLearningRate"));
    m_find->setToolTip(tr("Try learning rates from 1e-7 to 10 on a few batches and suggest one (fastai's LR finder)"));
    connect(m_find, &QPushButton::clicked, this, &TrainingSettings::findLearningRateRequested);
    auto* lrRow = new QHBoxLayout;
    lrRow->addWidget(m_learningRate, 1);
    lrRow->addWidget(m_find);

    m_schedule = new QComboBox(this);
    m_schedule->addItem(tr("One-cycle"), QStringLiteral("one-cycle"));
    m_schedule->addItem(tr("Constant"), QStringLiteral("constant"));
    m_schedule->addItem(tr("Cosine"), QStringLiteral("cosine"));
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_augment = new QCheckBox(tr("&Augment training images"), this);
    m_augment->setToolTip(tr("Random crops, flips, small rotations and lighting changes: slower to learn, better on new images"));
    m_patience = new QSpinBox(this);
    m_patience->setRange(0, 100);
    m_patience->setSpecialValueText(tr("off"));
    m_patience->setSuffix(tr(" epochs"));
    m_patience->setToolTip(tr("Stop when the validation score has not improved for this many epochs, and keep the best epoch"));
    m_monitor = new QComboBox(this);
    m_monitor->addItem(tr("validation loss"), QStringLiteral("val_loss"));
    m_monitor->addItem(tr("validation accuracy"), QStringLiteral("val_accuracy"));
    auto* stopRow = new QHBoxLayout;
    stopRow->addWidget(m_patience, 1);
    stopRow->addWidget(m_monitor, 1);
    m_weightDecay = new QDoubleSpinBox(this);
    m_weightDecay->setDecimals(4);
    m_weightDecay->setRange(0, 1);
    m_weightDecay->setSingleStep(0.01);
    m_weightDecay->setSpecialValueText(tr("off (Adam)"));
    m_labelSmoothing = new QDoubleSpinBox(this);
    m_labelSmoothing->setDecimals(2);
    m_labelSmoothing->setRange(0, 0.5);
    m_labelSmoothing->setSingleStep(0.05);
    m_labelSmoothing->setSpecialValueText(tr("off"));
    m_classWeights = new QCheckBox(tr("&Balance classes in the loss"), this);
    m_classWeights->setToolTip(tr("Weight each class by the inverse of its image count: helps when some classes have few images"));

    m_pretrained = new QCheckBox(tr("Start from &ImageNet weights (downloads once)"), this);
    m_pretrained->setToolTip(tr("Transfer learning: begin with a backbone trained on ImageNet (ResNet and MobileNet models)"));
    m_frozenEpochs = new QSpinBox(this);
    m_frozenEpochs->setRange(0, 100);
    m_frozenEpochs->setSpecialValueText(tr("off"));
    m_frozenEpochs->setSuffix(tr(" epochs"));
    m_frozenEpochs->setToolTip(tr("Fine-tune: first train only the new head for this many epochs, then every layer, "
                                  "earlier layers more gently"));
    auto updateTransfer = [this] {
        const QString arch = m_arch->currentData().toString();
        const bool hasBackbone = Zoo::find(arch).has_value();
        m_pretrained->setEnabled(hasBackbone && isEnabled());
        if (!hasBackbone)
            m_pretrained->setChecked(false);
    };
    connect(m_arch, &QComboBox::currentIndexChanged, this, updateTransfer);
    updateTransfer();

    // A layout cannot be a buddy: these two rows get their labels' buddies by hand.
    auto* lrLabel = new QLabel(tr("&Learning rate:"), this);
    lrLabel->setBuddy(m_learningRate);
    auto* stopLabel = new QLabel(tr("Early s&top:"), this);
    stopLabel->setBuddy(m_patience);

    m_advanced = new QToolButton(this);
    m_advanced->setText(tr("Ad&vanced"));
    m_advanced->setCheckable(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setAutoRaise(true);
    m_advanced->setObjectName(QStringLiteral("advanced"));
    connect(m_advanced, &QToolButton::toggled, this, &TrainingSettings::setAdvancedVisible);

    m_form = new QFormLayout(this);
    m_form->addRow(tr("Mo&del:"), m_arch);
    m_form->addRow(tr("&Epochs:"), m_epochs);
    m_form->addRow(tr("&Batch size:"), m_batch);
    m_form->addRow(lrLabel, lrRow);
    m_form->addRow(m_advanced);
    m_form->addRow(tr("Sc&hedule:"), m_schedule);
    m_form->addRow(stopLabel, stopRow);
    m_form->addRow(tr("&Weight decay:"), m_weightDecay);
    m_form->addRow(tr("Label s&moothing:"), m_labelSmoothing);
    m_form->addRow(m_augment);
    m_form->addRow(m_classWeights);
    m_form->addRow(m_pretrained);
    m_form->addRow(tr("&Frozen epochs:"), m_frozenEpochs);
    setAdvancedVisible(false);

    QWidget* order[] = {m_arch, m_epochs, m_batch, m_learningRate, m_find, m_advanced, m_schedule, m_patience, m_monitor,
                        m_weightDecay, m_labelSmoothing, m_augment, m_classWeights, m_pretrained, m_frozenEpochs};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void TrainingSettings::setAdvancedVisible(bool visible)
{
    // The rows after the Advanced toggle: schedule, early stop, weight decay, smoothing, two checks.
    const int first = 5;
    for (int row = first; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, visible);
    m_advanced->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
}

QWidget* TrainingSettings::firstField() const
{
    return m_arch;
}

QWidget* TrainingSettings::lastField() const
{
    return m_frozenEpochs; // hidden rows drop out of the tab chain by themselves
}

TrainingConfig TrainingSettings::apply(TrainingConfig config) const
{
    config.arch = m_arch->currentData().toString();
    config.epochs = m_epochs->value();
    config.batchSize = m_batch->value();
    config.learningRate = m_learningRate->value();
    config.schedule = m_schedule->currentData().toString();
    config.augment = m_augment->isChecked();
    config.earlyStopPatience = m_patience->value();
    config.earlyStopMonitor = m_monitor->currentData().toString();
    config.weightDecay = m_weightDecay->value();
    config.labelSmoothing = m_labelSmoothing->value();
    config.classWeights = m_classWeights->isChecked();
    config.pretrained = m_pretrained->isChecked() ? config.arch : QString();
    config.freezeEpochs = m_frozenEpochs->value();
    return config;
}

void TrainingSettings::setLearningRate(double lr)
{
    m_learningRate->setValue(lr);
}

double TrainingSettings::learningRate() const
{
    return m_learningRate->value();
}

void TrainingSettings::setEditable(bool editable)
{
    for (QWidget* w : findChildren<QWidget*>())
        w->setEnabled(editable);
    if (editable) {
        const QString arch = m_arch->currentData().toString();
        m_pretrained->setEnabled(Zoo::find(arch).has_value());
    }
}

void TrainingSettings::showAdvanced(bool shown)
{
    m_advanced->setChecked(shown);
}

} // namespace picta
