#include "train/trainingsettings.h"

#include "models/modelcatalog.h"
#include "support/appsettings.h"
#include "zoo/zoo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>

namespace picta {

namespace {

enum Start { Random, ImageNet, WeightsFile };

// "1 epoch", "2 epochs".
void epochSuffix(QSpinBox* box)
{
    auto update = [box](int value) { box->setSuffix(value == 1 ? TrainingSettings::tr(" epoch") : TrainingSettings::tr(" epochs")); };
    QObject::connect(box, &QSpinBox::valueChanged, box, update);
    update(box->value());
}

} // namespace

TrainingSettings::TrainingSettings(QWidget* parent)
    : QGroupBox(tr("Settings"), parent)
{
    m_arch = new QComboBox(this);
    for (const ArchitectureInfo& a : ModelCatalog::all())
        m_arch->addItem(ModelCatalog::title(a.name), a.name);
    m_arch->setObjectName(QStringLiteral("arch"));

    m_epochs = new QSpinBox(this);
    m_epochs->setRange(1, 1000);
    // The defaults are core's (TrainingConfig), the same as picta-cli train's.
    const TrainingConfig defaults;
    m_epochs->setValue(defaults.epochs);
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_batch = new QSpinBox(this);
    m_batch->setRange(1, 4096);
    m_batch->setValue(defaults.batchSize);
    m_batch->setObjectName(QStringLiteral("batch"));
    m_learningRate = new QDoubleSpinBox(this);
    m_learningRate->setDecimals(6);
    m_learningRate->setRange(0.000001, 1.0);
    m_learningRate->setSingleStep(0.0005);
    m_learningRate->setValue(defaults.learningRate);
    m_learningRate->setObjectName(QStringLiteral("learningRate"));
    m_find = new QPushButton(tr("Fi&nd…"), this);
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
    epochSuffix(m_patience);
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

    m_imageSize = new QSpinBox(this);
    m_imageSize->setObjectName(QStringLiteral("imageSize"));
    m_imageSize->setRange(0, 1024);
    m_imageSize->setSingleStep(16);
    m_imageSize->setSpecialValueText(tr("the project's"));
    m_imageSize->setSuffix(tr(" px"));
    m_sizes = new QLineEdit(this);
    m_sizes->setObjectName(QStringLiteral("sizes"));
    m_sizes->setPlaceholderText(tr("e.g. 32:3, 64:2 (size:epochs)"));
    m_sizes->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^\\s*(\\d{1,4}\\s*:\\s*\\d{1,3}\\s*,?\\s*)*$")), m_sizes));
    connect(m_sizes, &QLineEdit::textChanged, this, &TrainingSettings::updateSizes);

    m_start = new QComboBox(this);
    m_start->setObjectName(QStringLiteral("startFrom"));
    m_start->setToolTip(tr("Transfer learning: begin with a backbone trained on ImageNet, or with weights you have "
                           "as a .safetensors file (timm or torchvision names), instead of random weights"));
    connect(m_start, &QComboBox::activated, this, [this](int index) {
        if (m_start->itemData(index).toInt() != WeightsFile)
            return updateTransfer();
        chooseWeightsFile(); // every time, so that another file can be chosen
        if (m_weightsFile.isEmpty())
            m_start->setCurrentIndex(0);
        updateTransfer();
    });
    m_frozenEpochs = new QSpinBox(this);
    m_frozenEpochs->setRange(0, 100);
    m_frozenEpochs->setSpecialValueText(tr("off"));
    epochSuffix(m_frozenEpochs);
    m_frozenEpochs->setToolTip(tr("Fine-tune: first train only the new head for this many epochs, then every layer, "
                                  "earlier layers more gently"));
    m_mirror = new QLineEdit(AppSettings::load().weightsMirror, this);
    m_mirror->setObjectName(QStringLiteral("mirror"));
    m_mirror->setPlaceholderText(Zoo::defaultBase());
    m_mirror->setToolTip(tr("Where ImageNet weights are downloaded from: the Hugging Face Hub, or a mirror of it "
                            "with the same paths (timm/<model>/resolve/main/model.safetensors)"));
    // The same setting as Preferences ▸ Weights mirror (one file for the GUI and picta-cli).
    connect(m_mirror, &QLineEdit::editingFinished, this, [this] {
        AppSettings settings = AppSettings::load();
        if (settings.weightsMirror == m_mirror->text().trimmed())
            return;
        settings.weightsMirror = m_mirror->text().trimmed();
        settings.save();
    });
    connect(m_arch, &QComboBox::currentIndexChanged, this, &TrainingSettings::updateTransfer);
    connect(m_arch, &QComboBox::currentIndexChanged, this, &TrainingSettings::updateSizes);

    // A layout cannot be a buddy: these rows get their labels' buddies by hand.
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
    m_form->addRow(tr("Ima&ge size:"), m_imageSize);
    m_form->addRow(tr("Progressive resizing:"), m_sizes);
    m_form->addRow(tr("&Initial weights:"), m_start);
    m_form->addRow(tr("Fro&zen epochs:"), m_frozenEpochs);
    m_form->addRow(tr("ImageNet mirror:"), m_mirror);
    setAdvancedVisible(false);
    updateTransfer();
    updateSizes();

    QWidget* order[]
        = {m_arch,        m_epochs,         m_batch,   m_learningRate, m_find,      m_advanced, m_schedule, m_patience,     m_monitor,
           m_weightDecay, m_labelSmoothing, m_augment, m_classWeights, m_imageSize, m_sizes,    m_start,    m_frozenEpochs, m_mirror};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void TrainingSettings::setAdvancedVisible(bool visible)
{
    // The rows after the Advanced toggle.
    const int first = 5;
    for (int row = first; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, visible);
    m_advanced->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
}

void TrainingSettings::updateTransfer()
{
    const ArchitectureInfo* arch = ModelCatalog::find(m_arch->currentData().toString());
    const bool backbone = arch && !arch->pretrainedId.isEmpty();
    const int previous = m_start->currentData().toInt();
    const QSignalBlocker blocker(m_start);
    m_start->clear();
    m_start->addItem(tr("random (train from scratch)"), Random);
    if (backbone)
        m_start->addItem(tr("ImageNet (%1, downloads once)").arg(arch->pretrainedId), ImageNet);
    m_start->addItem(m_weightsFile.isEmpty() ? tr("a weights file…") : tr("file %1").arg(QFileInfo(m_weightsFile).fileName()), WeightsFile);
    m_start->setCurrentIndex(std::max(0, m_start->findData(previous)));
    const bool pretrained = m_start->currentData().toInt() != Random;
    m_frozenEpochs->setEnabled(pretrained && m_editable);
    m_mirror->setEnabled(m_start->currentData().toInt() == ImageNet && m_editable);
    if (arch)
        m_imageSize->setToolTip(backbone
                                    ? tr("The size images are scaled to. The ImageNet backbone was trained at %1 px: larger images suit it "
                                         "better, but each epoch takes longer")
                                          .arg(arch->defaultImageSize)
                                    : tr("The size images are scaled to; the project's is the default"));
}

void TrainingSettings::updateSizes()
{
    const ArchitectureInfo* arch = ModelCatalog::find(m_arch->currentData().toString());
    const bool anySize = !arch || arch->anySize;
    m_sizes->setEnabled(anySize && m_editable);
    m_sizes->setToolTip(anySize ? tr("Train on small images first, then larger ones: each stage is size:epochs, and the "
                                     "stages replace Epochs")
                                : tr("This model's layers are sized for one image size, so it cannot change size mid-run"));
    const auto stages = anySize ? TrainingConfig::parseSizes(m_sizes->text()) : QVector<QPair<int, int>>();
    int total = 0;
    for (const auto& stage : stages)
        total += stage.second;
    if (total > 0)
        m_epochs->setValue(total);
    m_epochs->setEnabled(total == 0 && m_editable);
}

void TrainingSettings::chooseWeightsFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Initial weights"), QDir::homePath(), tr("safetensors weights (*.safetensors)"));
    if (!path.isEmpty())
        setWeightsFile(path);
}

void TrainingSettings::setWeightsFile(const QString& path)
{
    m_weightsFile = path;
    updateTransfer();
    if (!path.isEmpty())
        m_start->setCurrentIndex(m_start->findData(WeightsFile));
    else if (m_start->currentData().toInt() == WeightsFile)
        m_start->setCurrentIndex(0);
    updateTransfer();
}

QWidget* TrainingSettings::firstField() const
{
    return m_arch;
}

QWidget* TrainingSettings::lastField() const
{
    return m_mirror; // hidden rows drop out of the tab chain by themselves
}

void TrainingSettings::reloadMirror()
{
    m_mirror->setText(AppSettings::load().weightsMirror);
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
    config.imageSize = m_imageSize->value();
    const ArchitectureInfo* arch = ModelCatalog::find(config.arch);
    config.sizes = !arch || arch->anySize ? TrainingConfig::parseSizes(m_sizes->text()) : QVector<QPair<int, int>>();
    switch (m_start->currentData().toInt()) {
    case ImageNet:
        config.pretrained = config.arch;
        config.zooBase = m_mirror->text().trimmed();
        break;
    case WeightsFile:
        config.pretrained = m_weightsFile;
        break;
    default:
        config.pretrained.clear();
    }
    config.freezeEpochs = config.pretrained.isEmpty() ? 0 : m_frozenEpochs->value();
    return config;
}

void TrainingSettings::setConfig(const TrainingConfig& config)
{
    m_arch->setCurrentIndex(std::max(0, m_arch->findData(config.arch)));
    m_epochs->setValue(config.epochs);
    m_batch->setValue(config.batchSize);
    m_learningRate->setValue(config.learningRate);
    m_schedule->setCurrentIndex(std::max(0, m_schedule->findData(config.schedule)));
    m_augment->setChecked(config.augment);
    m_patience->setValue(config.earlyStopPatience);
    m_monitor->setCurrentIndex(std::max(0, m_monitor->findData(config.earlyStopMonitor)));
    m_weightDecay->setValue(config.weightDecay);
    m_labelSmoothing->setValue(config.labelSmoothing);
    m_classWeights->setChecked(config.classWeights);
    m_imageSize->setValue(config.imageSize);
    QStringList stages;
    for (const auto& [size, epochs] : config.sizes)
        stages << QStringLiteral("%1:%2").arg(size).arg(epochs);
    m_sizes->setText(stages.join(QStringLiteral(", ")));
    const ArchitectureInfo* arch = ModelCatalog::find(config.arch);
    const bool imagenet
        = !config.pretrained.isEmpty() && arch && (config.pretrained == arch->name || config.pretrained == arch->pretrainedId);
    if (!imagenet)
        m_weightsFile = config.pretrained;
    updateTransfer();
    m_start->setCurrentIndex(std::max(0, m_start->findData(config.pretrained.isEmpty() ? Random : imagenet ? ImageNet : WeightsFile)));
    if (imagenet && !config.zooBase.isEmpty())
        m_mirror->setText(config.zooBase);
    m_frozenEpochs->setValue(config.freezeEpochs);
    updateTransfer();
    updateSizes();
}

void TrainingSettings::setProjectImageSize(int pixels)
{
    m_imageSize->setSpecialValueText(pixels > 0 ? tr("the project's (%1 px)").arg(pixels) : tr("the project's"));
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
    m_editable = editable;
    for (QWidget* w : findChildren<QWidget*>())
        w->setEnabled(editable);
    if (editable) {
        updateTransfer();
        updateSizes();
    }
}

void TrainingSettings::showAdvanced(bool shown)
{
    m_advanced->setChecked(shown);
}

} // namespace picta
