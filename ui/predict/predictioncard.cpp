#include "predict/predictioncard.h"

#include <QComboBox>
#include <QGridLayout>
#include <QPushButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QProgressBar>
#include <QVBoxLayout>

namespace picta {

PredictionCard::PredictionCard(const QString& title, QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_thumbnail = new QLabel(this);
    m_thumbnail->setFixedSize(kThumbnailSize, kThumbnailSize);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setStyleSheet(QStringLiteral("background: palette(base);"));
    m_title = new QLabel(title, this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_gradCam = new QLabel(this);
    m_gradCam->setFixedSize(kThumbnailSize, kThumbnailSize);
    m_gradCam->setAlignment(Qt::AlignCenter);
    m_gradCam->setWordWrap(true);
    m_gradCam->setToolTip(tr("Grad-CAM: red where the model looked for its answer"));
    m_gradCam->hide();

    // Feedback: the answers build a confusion matrix and, with "Add", the dataset.
    m_correct = new QPushButton(tr("✓ Correct"), this);
    m_correct->setToolTip(tr("The prediction is right"));
    m_truth = new QComboBox(this);
    m_truth->setToolTip(tr("Choose the right class when the prediction is wrong"));
    m_add = new QPushButton(tr("Add to dataset"), this);
    m_add->setToolTip(tr("Copy this image into the project as the chosen class"));
    m_answer = new QLabel(this);
    for (QWidget* w : {static_cast<QWidget*>(m_correct), static_cast<QWidget*>(m_truth), static_cast<QWidget*>(m_add)})
        w->setEnabled(false);
    connect(m_correct, &QPushButton::clicked, this, [this] {
        if (!m_prediction.top.isEmpty())
            answer(m_prediction.top[0].className);
    });
    connect(m_truth, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            answer(m_truth->itemText(index));
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString cls = m_truth->currentIndex() > 0 ? m_truth->currentText()
                                                        : (m_prediction.top.isEmpty() ? QString() : m_prediction.top[0].className);
        if (!cls.isEmpty())
            Q_EMIT addToDatasetRequested(cls);
    });
    auto* feedback = new QHBoxLayout;
    feedback->addWidget(m_correct);
    feedback->addWidget(new QLabel(tr("or it is:"), this));
    feedback->addWidget(m_truth);
    feedback->addWidget(m_add);
    feedback->addWidget(m_answer, 1);

    auto* rows = new QGridLayout;
    for (int i = 0; i < kRows; ++i) {
        auto* name = new QLabel(i == 0 ? tr("Classifying…") : QString(), this);
        auto* bar = new QProgressBar(this);
        bar->setRange(0, 1000);
        bar->setValue(0);
        bar->setFormat(QString());
        bar->setMinimumWidth(180);
        bar->setVisible(false);
        rows->addWidget(name, i, 0);
        rows->addWidget(bar, i, 1);
        m_names << name;
        m_bars << bar;
    }
    rows->setColumnStretch(1, 1);

    auto* text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addLayout(rows);
    text->addWidget(m_error);
    text->addLayout(feedback);
    text->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_thumbnail);
    layout->addWidget(m_gradCam);
    layout->addLayout(text, 1);
}

void PredictionCard::setThumbnail(const QImage& image)
{
    if (image.isNull()) {
        m_thumbnail->setText(tr("no preview"));
        return;
    }
    m_thumbnail->setPixmap(QPixmap::fromImage(image.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void PredictionCard::setGradCam(const QImage& overlay, const QString& error)
{
    m_gradCam->setVisible(!overlay.isNull() || !error.isEmpty());
    if (overlay.isNull())
        m_gradCam->setText(error);
    else
        m_gradCam->setPixmap(
            QPixmap::fromImage(overlay.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void PredictionCard::setClasses(const QStringList& classes)
{
    m_truth->clear();
    m_truth->addItem(tr("choose…"));
    m_truth->addItems(classes);
}

void PredictionCard::answer(const QString& truth)
{
    if (m_prediction.top.isEmpty())
        return;
    const QString predicted = m_prediction.top[0].className;
    m_answer->setText(truth == predicted ? tr("✓ noted as correct") : tr("noted: it is %1").arg(truth));
    m_truth->setCurrentIndex(std::max(0, m_truth->findText(truth)));
    Q_EMIT answered(predicted, truth);
}

void PredictionCard::setPrediction(const Prediction& prediction)
{
    m_hasResult = true;
    m_prediction = prediction;
    for (QWidget* w : {static_cast<QWidget*>(m_correct), static_cast<QWidget*>(m_truth), static_cast<QWidget*>(m_add)})
        w->setEnabled(prediction.ok());
    if (!prediction.ok()) {
        m_names[0]->clear();
        m_error->setText(prediction.error);
        m_error->show();
        return;
    }
    for (int i = 0; i < kRows; ++i) {
        const bool shown = i < prediction.top.size();
        m_names[i]->setText(shown ? prediction.top[i].className : QString());
        m_bars[i]->setVisible(shown);
        if (shown) {
            const double p = prediction.top[i].probability;
            m_bars[i]->setValue(int(std::lround(p * 1000.0)));
            m_bars[i]->setFormat(QStringLiteral("%1%").arg(QLocale().toString(p * 100.0, 'f', 1)));
        }
    }
    QFont bold = m_names[0]->font();
    bold.setBold(true);
    m_names[0]->setFont(bold);
}

QString PredictionCard::topClass() const
{
    return m_bars[0]->isVisible() ? m_names[0]->text() : QString();
}

} // namespace picta
