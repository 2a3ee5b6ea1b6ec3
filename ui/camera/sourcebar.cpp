#include "camera/sourcebar.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace picta {

SourceBar::SourceBar(QWidget* parent)
    : QWidget(parent)
{
    m_camera = new QComboBox(this);
    m_camera->setObjectName(QStringLiteral("camera"));
    m_camera->setMinimumContentsLength(20);
    auto* label = new QLabel(tr("Cam&era:"), this);
    label->setBuddy(m_camera);
    m_video = new QPushButton(tr("&Video file…"), this);
    m_video->setObjectName(QStringLiteral("videoFile"));
    m_video->setToolTip(tr("Play a video file as if it came from a camera"));
    m_refresh = new QPushButton(tr("Look a&gain"), this);
    m_refresh->setToolTip(tr("Look for cameras again (one plugged in since)"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("noCamera"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; padding: 6px; border-radius: 4px; }"));
    connect(m_video, &QPushButton::clicked, this, &SourceBar::chooseVideo);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        refresh();
        chooseDefault();
    });
    connect(m_camera, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_cameras.size())
            Q_EMIT cameraChosen(m_cameras[index]);
    });
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_camera, 1);
    row->addWidget(m_refresh);
    row->addWidget(m_video);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);
    setTabOrder(m_camera, m_refresh);
    setTabOrder(m_refresh, m_video);
    refresh();
}

void SourceBar::refresh()
{
    m_cameras = CameraSource::available();
    m_camera->clear();
    for (const CameraDevice& camera : m_cameras)
        m_camera->addItem(camera.name, camera.device);
    m_camera->setEnabled(!m_cameras.isEmpty());
    if (m_cameras.isEmpty()) {
        m_camera->addItem(tr("No camera found"));
        m_message->setText(tr("No camera was found on this computer. You can use a video file instead: "
                              "press Video file… and it plays here as if it came from a camera."));
        m_message->show();
        m_video->setDefault(true);
    } else {
        m_message->hide();
    }
}

QString SourceBar::message() const
{
    return m_cameras.isEmpty() ? m_message->text() : QString();
}

void SourceBar::chooseDefault()
{
    // The camera shown in the list: the one chosen before, when the panel comes back.
    const int index = m_camera->currentIndex();
    if (index >= 0 && index < m_cameras.size())
        Q_EMIT cameraChosen(m_cameras[index]);
}

void SourceBar::chooseVideo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Play a video file"), QString(), tr("Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.avi *.mpg *.mpeg *.ogv);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT videoChosen(path);
}

} // namespace picta
