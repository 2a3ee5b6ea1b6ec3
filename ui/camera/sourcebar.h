#pragma once

#include "capture/camerasource.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace picta {

/// Where the live picture comes from: the cameras of this computer by name, or a video file
/// played as if it came from a camera. With no camera it says so plainly and offers the file.
class SourceBar : public QWidget {
    Q_OBJECT

public:
    explicit SourceBar(QWidget* parent = nullptr);

    /// Lists the cameras again (a camera plugged in later).
    void refresh();
    bool hasCamera() const { return !m_cameras.isEmpty(); }
    QString message() const;
    QPushButton* videoButton() const { return m_video; }
    QComboBox* cameraBox() const { return m_camera; }
    /// Starts the camera shown in the list (the first, until another is chosen), if there is one.
    void chooseDefault();

Q_SIGNALS:
    void cameraChosen(const picta::CameraDevice& camera);
    void videoChosen(const QString& path);

private:
    void chooseVideo();

    QVector<CameraDevice> m_cameras;
    QComboBox* m_camera = nullptr;
    QPushButton* m_video = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace picta
