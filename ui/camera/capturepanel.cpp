#include "camera/capturepanel.h"

#include "camera/framepreview.h"
#include "camera/sourcebar.h"

#include "capture/capturesession.h"
#include "capture/videofilesource.h"
#include "document/projectdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace picta {

CapturePanel::CapturePanel(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setFocusPolicy(Qt::StrongFocus);
    m_session = new CaptureSession(this);
    m_source = new SourceBar(this);
    m_preview = new FramePreview(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setPlaceholder(tr("Choose a camera or a video file above."));
    m_preview->setMirrored(true);

    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("captureClass"));
    m_class->setEditable(true);
    m_class->setInsertPolicy(QComboBox::NoInsert);
    m_class->setToolTip(tr("The class the pictures go into; type a new name to make a class"));
    m_rate = new QSpinBox(this);
    m_rate->setRange(1, 30);
    m_rate->setValue(10);
    m_rate->setSuffix(tr(" per second"));
    m_rate->setToolTip(tr("How many pictures are saved each second while you hold Record"));
    m_mirror = new QCheckBox(tr("&Mirror the picture"), this);
    m_mirror->setChecked(true);
    m_mirror->setToolTip(tr("Shows the picture as a mirror does. Saved pictures are never mirrored."));
    connect(m_mirror, &QCheckBox::toggled, m_preview, &FramePreview::setMirrored);

    // No mnemonic: Alt+letter would click it for a moment; Space held records for as long as it is held.
    m_record = new QPushButton(tr("Hold to record (Space)"), this);
    m_record->setObjectName(QStringLiteral("record"));
    m_record->setToolTip(tr("Hold the button (or Space) down: pictures are saved while it is held"));
    m_record->setMinimumHeight(40);
    m_record->setAutoDefault(false);
    connect(m_record, &QPushButton::pressed, this, &CapturePanel::startRecording);
    connect(m_record, &QPushButton::released, this, &CapturePanel::stopRecording);
    m_snap = new QPushButton(tr("S&nap one"), this);
    m_snap->setObjectName(QStringLiteral("snap"));
    m_snap->setAutoDefault(false);
    connect(m_snap, &QPushButton::clicked, this, &CapturePanel::snap);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Save into &class:"), m_class);
    form->addRow(tr("&Pictures:"), m_rate);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_record, 1);
    buttons->addWidget(m_snap);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_preview, 1);
    layout->addLayout(form);
    layout->addWidget(m_mirror);
    layout->addLayout(buttons);
    layout->addWidget(m_count);
    layout->addWidget(m_message);
    setTabOrder(m_record, m_snap);

    connect(m_source, &SourceBar::cameraChosen, this, &CapturePanel::openCamera);
    connect(m_source, &SourceBar::videoChosen, this, &CapturePanel::openVideo);
    connect(m_session, &CaptureSession::frameReady, this,
            [this] { m_preview->setFrame(FramePreview::toImage(m_session->takeFrame().image)); });
    connect(m_session, &CaptureSession::started, this, [this](const QString& name, bool live) {
        m_message->hide();
        m_mirror->setChecked(live); // a mirror for the person in front of a camera; a video as it was filmed
        m_preview->setPlaceholder(live ? tr("Waiting for %1…").arg(name) : tr("Playing %1…").arg(name));
    });
    connect(m_session, &CaptureSession::recorded, this, [this](int, const QString&) {
        ++m_saved;
        ++m_savedThisRecording;
        updateCount();
        Q_EMIT saved(m_saved, m_recordingClass);
    });
    connect(m_session, &CaptureSession::recordingFailed, this, &CapturePanel::showMessage);
    connect(m_session, &CaptureSession::failed, this, [this](const QString& error) {
        const bool wasRecording = m_recording;
        stopRecording();
        showMessage(wasRecording
                        ? tr("%1. Recording stopped; the %n picture(s) saved so far are kept.", nullptr, m_savedThisRecording).arg(error)
                        : error);
        m_preview->setPlaceholder(error);
    });
    connect(m_session, &CaptureSession::ended, this, [this](const QString& note) {
        stopRecording();
        showMessage(note.isEmpty() ? tr("The video has ended. Choose it again to play it once more.") : note);
    });
    connect(m_document, &ProjectDocument::classesChanged, this, &CapturePanel::fillClasses);
    fillClasses();
    updateCount();
}

CapturePanel::~CapturePanel()
{
    m_session->stop();
}

void CapturePanel::fillClasses()
{
    const QString current = m_class->currentText();
    m_class->clear();
    m_class->addItems(m_document->classes());
    if (!current.isEmpty())
        m_class->setCurrentText(current);
}

void CapturePanel::setClass(const QString& className)
{
    m_class->setCurrentText(className);
}

QString CapturePanel::className() const
{
    return m_class->currentText().trimmed();
}

void CapturePanel::start()
{
    if (!m_session->isRunning())
        m_source->chooseDefault();
}

void CapturePanel::stop()
{
    stopRecording();
    m_session->stop();
}

void CapturePanel::openVideo(const QString& path)
{
    stopRecording();
    m_preview->clear();
    m_session->start(std::make_unique<VideoFileSource>(path));
}

void CapturePanel::openCamera(const CameraDevice& camera)
{
    stopRecording();
    m_preview->clear();
    m_session->start(std::make_unique<CameraSource>(camera));
}

void CapturePanel::startRecording()
{
    if (m_recording)
        return;
    if (!m_document->isOpen() || m_document->isReadOnly()) {
        showMessage(tr("Open a project you can write to first: the pictures are saved into it."));
        return;
    }
    if (className().isEmpty()) {
        showMessage(tr("Choose or type the class the pictures go into first."));
        return;
    }
    if (!m_session->isRunning()) {
        showMessage(tr("There is no picture to record: choose a camera or a video file first."));
        return;
    }
    m_recording = true;
    m_savedThisRecording = 0;
    m_recordingClass = className();
    m_session->startRecording(m_document->rootDir(), m_recordingClass, m_rate->value());
    m_preview->setRecording(true);
    m_message->hide();
    updateCount();
}

void CapturePanel::stopRecording()
{
    if (!m_recording)
        return;
    m_recording = false;
    m_session->stopRecording();
    m_preview->setRecording(false);
    updateCount();
    m_document->rescan(); // the watcher brings files in as they come; this catches the last ones
}

void CapturePanel::snap()
{
    if (!m_document->isOpen() || m_document->isReadOnly() || className().isEmpty() || !m_session->isRunning()) {
        showMessage(tr("To snap a picture, open a project, choose a class and a camera or a video file."));
        return;
    }
    m_recordingClass = className();
    m_savedThisRecording = 0;
    m_session->snap(m_document->rootDir(), m_recordingClass);
}

void CapturePanel::updateCount()
{
    if (m_recording)
        m_count->setText(tr("Recording into '%1': %n picture(s)", nullptr, m_savedThisRecording).arg(m_recordingClass));
    else if (m_saved > 0)
        m_count->setText(tr("%n picture(s) saved; the last ones went into '%1'", nullptr, m_saved).arg(m_recordingClass));
    else
        m_count->setText(tr("Hold Record (or Space) while you show the object from different sides."));
}

void CapturePanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString CapturePanel::message() const
{
    if (!m_source->message().isEmpty())
        return m_source->message();
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void CapturePanel::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat())
            startRecording();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CapturePanel::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat())
            stopRecording();
        event->accept();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void CapturePanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Key events go to the focused widget (a combo box opens on Space, a button clicks): seen
    // here first, from the application, while the panel shows.
    qApp->installEventFilter(this);
}

void CapturePanel::hideEvent(QHideEvent* event)
{
    qApp->removeEventFilter(this);
    stop(); // a hidden panel leaves the camera to other programs
    QWidget::hideEvent(event);
}

void CapturePanel::changeEvent(QEvent* event)
{
    // The window loses the keyboard (Alt+Tab, a message): Space's release would never come.
    if (event->type() == QEvent::ActivationChange && !isActiveWindow())
        stopRecording();
    QWidget::changeEvent(event);
}

bool CapturePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    auto* widget = qobject_cast<QWidget*>(watched);
    if (key->key() != Qt::Key_Space || key->modifiers() != Qt::NoModifier || !widget || widget->window() != window())
        return false;
    // Typing a class name keeps its spaces.
    if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractSpinBox*>(widget))
        return false;
    if (!key->isAutoRepeat()) {
        if (event->type() == QEvent::KeyPress)
            startRecording();
        else
            stopRecording();
    }
    return true;
}

} // namespace picta
