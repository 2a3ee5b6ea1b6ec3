#pragma once

#include "common/backgroundjob.h"

#include <QDialog>
#include <QElapsedTimer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

namespace picta {

class ProjectDocument;
struct VideoImportReport;

/// File ▸ Import frames from video…: a frame every N seconds or one per scene, into a class or
/// Unlabelled, near-duplicate frames left out; runs in the background with progress, an
/// estimate of the time left, and Cancel.
class VideoImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit VideoImportDialog(ProjectDocument* document, QWidget* parent = nullptr);
    ~VideoImportDialog() override;

    void setVideo(const QString& path);
    void setEverySeconds(double seconds);
    void setScenes(bool scenes);
    void setClass(const QString& className);
    /// Starts the import (what the Import button does).
    void startImport();
    bool isRunning() const { return m_job.isRunning(); }
    QString result() const;

Q_SIGNALS:
    void finishedImport(int imported);

protected:
    void reject() override;

private:
    void showReport(const VideoImportReport& report);

    ProjectDocument* m_document;
    QLineEdit* m_path = nullptr;
    QRadioButton* m_everyChoice = nullptr;
    QRadioButton* m_scenesChoice = nullptr;
    QDoubleSpinBox* m_every = nullptr;
    QComboBox* m_class = nullptr;
    QCheckBox* m_skipAlike = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    JobHandle m_job;
    QElapsedTimer m_timer;
};

} // namespace picta
