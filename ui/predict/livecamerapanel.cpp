#include "predict/livecamerapanel.h"

#include "camera/framepreview.h"
#include "camera/sourcebar.h"

#include "capture/capturesession.h"
#include "capture/framerecorder.h"
#include "capture/videofilesource.h"
#include "inference/predictor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace picta {

namespace {

constexpr int kTop = 5;

// The heat alone, coloured blue → red and see-through where the model did not look, to lie over
// the live picture (the result's overlay holds the classified frame, already old).
QImage heatImage(const RawImage& heat)
{
    if (!heat.isValid() || heat.format != RawImage::Format::Gray8)
        return {};
    QImage out(heat.width, heat.height, QImage::Format_ARGB32);
    for (int y = 0; y < heat.height; ++y) {
        const auto* in = reinterpret_cast<const uchar*>(heat.data.constData()) + qsizetype(y) * heat.bytesPerLine;
        auto* line = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < heat.width; ++x) {
            const double v = in[x] / 255.0;
            line[x] = QColor::fromHsvF(0.66 * (1.0 - v), 1.0, 1.0, 0.75 * v).rgba();
        }
    }
    return out;
}

} // namespace

LiveCameraPanel::LiveCameraPanel(QWidget* parent)
    : QWidget(parent)
{
    m_clock.start();
    m_session = new CaptureSession(this);
    m_live = new LiveClassifier(this);
    m_live->setMaxRate(10);
    m_session->setListener([live = m_live](const CaptureFrame& frame) { live->offer(frame); });

    m_source = new SourceBar(this);
    m_preview = new FramePreview(this);
    m_preview->setObjectName(QStringLiteral("livePreview"));
    m_preview->setMirrored(true);
    m_preview->setPlaceholder(tr("Choose a camera or a video file above."));
    m_mirror = new QCheckBox(tr("Mi&rror the picture"), this);
    m_mirror->setChecked(true);
    connect(m_mirror, &QCheckBox::toggled, m_preview, &FramePreview::setMirrored);

    auto* answers = new QGridLayout;
    for (int i = 0; i < kTop; ++i) {
        auto* name = new QLabel(this);
        auto* bar = new QProgressBar(this);
        bar->setRange(0, 1000);
        bar->setTextVisible(true);
        bar->setFormat(QString());
        if (i == 0) {
            QFont bold = name->font();
            bold.setBold(true);
            bold.setPointSizeF(bold.pointSizeF() * 1.4);
            name->setFont(bold);
            bar->setMinimumHeight(28);
        }
        answers->addWidget(name, i, 0);
        answers->addWidget(bar, i, 1);
        m_names << name;
        m_bars << bar;
    }
    answers->setColumnStretch(1, 1);
    m_latency = new QLabel(this);
    m_latency->setObjectName(QStringLiteral("latency"));
    m_latency->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("liveMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_right = new QPushButton(tr("R&ight"), this);
    m_right->setToolTip(tr("The answer about the picture now is right: it counts in the table of answers"));
    m_truth = new QComboBox(this);
    m_truth->setObjectName(QStringLiteral("liveTruth"));
    m_wrong = new QPushButton(tr("&Wrong, it was:"), this);
    m_wrong->setObjectName(QStringLiteral("liveWrong"));
    m_addToDataset = new QCheckBox(tr("Also &keep the picture in the dataset"), this);
    connect(m_right, &QPushButton::clicked, this, [this] {
        if (m_last.prediction.ok() && !m_last.prediction.top.isEmpty())
            recordAnswer(m_last.prediction.top.first().className); // the truth is the answer: a right one
    });
    connect(m_wrong, &QPushButton::clicked, this, [this] { recordAnswer(m_truth->currentText()); });
    auto* feedback = new QHBoxLayout;
    feedback->addWidget(m_right);
    feedback->addWidget(m_wrong);
    feedback->addWidget(m_truth, 1);

    auto* side = new QVBoxLayout;
    side->addLayout(answers);
    side->addWidget(m_latency);
    side->addStretch(1);
    side->addLayout(feedback);
    side->addWidget(m_addToDataset);
    auto* left = new QVBoxLayout;
    left->addWidget(m_preview, 1);
    left->addWidget(m_mirror);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addLayout(side, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(m_message);
    layout->addLayout(body, 1);

    connect(m_source, &SourceBar::cameraChosen, this, &LiveCameraPanel::openCamera);
    connect(m_source, &SourceBar::videoChosen, this, &LiveCameraPanel::openVideo);
    connect(m_session, &CaptureSession::frameReady, this,
            [this] { m_preview->setFrame(FramePreview::toImage(m_session->takeFrame().image)); });
    connect(m_session, &CaptureSession::started, this, [this](const QString& name, bool live) {
        m_sourceName = name;
        m_mirror->setChecked(live); // a mirror for the person in front of a camera; a video as it was filmed
        m_message->hide();
    });
    connect(m_session, &CaptureSession::failed, this, &LiveCameraPanel::showMessage);
    connect(m_session, &CaptureSession::ended, this, [this](const QString& note) {
        showMessage(note.isEmpty() ? tr("The video has ended. Choose it again to play it once more.") : note);
    });
    connect(m_live, &LiveClassifier::classified, this, &LiveCameraPanel::showResult);
    setPredictor(nullptr, {});
}

LiveCameraPanel::~LiveCameraPanel()
{
    m_session->stop();
    m_session->setListener({});
}

void LiveCameraPanel::setPredictor(std::shared_ptr<const Predictor> predictor, const QStringList& classes)
{
    m_model = predictor.get();
    m_last = LiveResult();
    m_live->setPredictor(predictor);
    m_truth->clear();
    m_truth->addItems(classes);
    const bool ready = bool(predictor);
    m_right->setEnabled(ready);
    m_wrong->setEnabled(ready);
    m_truth->setEnabled(ready);
    if (!ready)
        m_latency->setText(tr("Choose a trained model above: its answers appear here."));
}

void LiveCameraPanel::setGradCam(bool on)
{
    m_gradCam = on;
    m_live->setGradCam(on);
    if (!on)
        m_preview->setHeat({});
}

void LiveCameraPanel::start()
{
    if (!m_session->isRunning())
        m_source->chooseDefault();
}

void LiveCameraPanel::stop()
{
    m_session->stop();
}

void LiveCameraPanel::openVideo(const QString& path)
{
    m_preview->clear();
    m_session->start(std::make_unique<VideoFileSource>(path));
}

void LiveCameraPanel::openCamera(const CameraDevice& camera)
{
    m_preview->clear();
    m_session->start(std::make_unique<CameraSource>(camera));
}

void LiveCameraPanel::showResult(const LiveResult& result)
{
    if (result.model != m_model)
        return; // from a model replaced since: its classes may not even exist any more
    m_last = result;
    if (!result.prediction.ok()) {
        showMessage(result.prediction.error);
        return;
    }
    ++m_answers;
    m_answerTimes.push_back(m_clock.elapsed());
    while (m_answerTimes.size() > 20)
        m_answerTimes.removeFirst();
    for (int i = 0; i < kTop; ++i) {
        const bool shown = i < result.prediction.top.size();
        m_names[i]->setVisible(shown);
        m_bars[i]->setVisible(shown);
        if (!shown)
            continue;
        const ClassScore& score = result.prediction.top[i];
        m_names[i]->setText(score.className);
        m_bars[i]->setValue(int(score.probability * 1000));
        m_bars[i]->setFormat(QStringLiteral("%1%").arg(QLocale().toString(score.probability * 100, 'f', 1)));
    }
    m_latency->setText(latencyText());
    if (m_gradCam && result.gradCam.ok() && result.gradCam.heat.isValid())
        m_preview->setHeat(heatImage(result.gradCam.heat));
    else if (m_gradCam && !result.gradCam.error.isEmpty())
        m_latency->setText(m_latency->text() + QLatin1Char('\n') + result.gradCam.error);
}

QString LiveCameraPanel::latencyText() const
{
    if (m_answers == 0)
        return {};
    double rate = 0;
    if (m_answerTimes.size() >= 2)
        rate = (m_answerTimes.size() - 1) * 1000.0 / std::max<qint64>(1, m_answerTimes.last() - m_answerTimes.first());
    return tr("Answered %1 ms after the picture was taken (the model took %2 ms) · %3 answers a second")
        .arg(QLocale().toString(m_last.latencyMs, 'f', 0))
        .arg(QLocale().toString(m_last.inferenceMs, 'f', 0))
        .arg(QLocale().toString(rate, 'f', 1));
}

void LiveCameraPanel::recordAnswer(const QString& truth)
{
    if (!m_last.prediction.ok() || m_last.prediction.top.isEmpty() || truth.isEmpty())
        return;
    const QString predicted = m_last.prediction.top.first().className;
    const QString source = tr("%1 at %2 s").arg(m_sourceName, QString::number(m_last.frame.seconds, 'f', 2));
    Q_EMIT answered(predicted, truth, source);
    if (m_addToDataset->isChecked()) {
        const QByteArray jpeg = FrameRecorder::encodeSquare(m_last.frame.image);
        const QString name
            = QStringLiteral("camera-%1.jpg").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss-zzz")));
        if (!jpeg.isEmpty())
            Q_EMIT addToDataset(jpeg, name, truth);
    }
}

QString LiveCameraPanel::message() const
{
    if (!m_source->message().isEmpty())
        return m_source->message();
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void LiveCameraPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void LiveCameraPanel::hideEvent(QHideEvent* event)
{
    stop(); // a hidden panel leaves the camera to other programs
    QWidget::hideEvent(event);
}

} // namespace picta
