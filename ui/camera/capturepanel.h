#pragma once

#include "capture/camerasource.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace picta {

class CaptureSession;
class FramePreview;
class ProjectDocument;
class SourceBar;

/// Collect examples from a camera (or a video file standing in for one), as Teachable Machine
/// does: live preview with the square the model sees, the class to fill, *hold to record*
/// (the button held with the mouse, or Space held) saving frames at a chosen rate, and a single
/// *Snap*. Frames are read and saved on the capture thread; the files reach every tab through
/// the project's watcher.
class CapturePanel : public QWidget {
    Q_OBJECT

public:
    explicit CapturePanel(ProjectDocument* document, QWidget* parent = nullptr);
    ~CapturePanel() override;

    void setClass(const QString& className);
    QString className() const;
    /// Plays a video file as the live picture.
    void openVideo(const QString& path);
    void openCamera(const CameraDevice& camera);
    void startRecording();
    void stopRecording();
    bool isRecording() const { return m_recording; }
    void snap();
    /// Pictures saved since the panel opened.
    int savedCount() const { return m_saved; }
    QString message() const;
    SourceBar* sourceBar() const { return m_source; }
    FramePreview* preview() const { return m_preview; }
    QPushButton* recordButton() const { return m_record; }
    /// Starts the first camera when there is one; stops reading when the panel is hidden.
    void start();
    void stop();

Q_SIGNALS:
    void saved(int total, const QString& className);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;
    /// Space held anywhere in the panel's window (but in a text field) records.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showMessage(const QString& text);
    void fillClasses();
    void updateCount();

    ProjectDocument* m_document;
    CaptureSession* m_session = nullptr;
    SourceBar* m_source = nullptr;
    FramePreview* m_preview = nullptr;
    QComboBox* m_class = nullptr;
    QSpinBox* m_rate = nullptr;
    QCheckBox* m_mirror = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_snap = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    bool m_recording = false;
    int m_saved = 0, m_savedThisRecording = 0;
    QString m_recordingClass;
};

} // namespace picta
