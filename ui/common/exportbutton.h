#pragma once

#include "backgroundjob.h"

#include <QPushButton>

namespace picta {

/// "Export…" for a trained run: asks where, as ONNX (other programs: OpenCV, ONNX Runtime) or as
/// a model package (.zip: ONNX, the weights, a README and a Python script that answers as Picta
/// does), by the file type chosen; writes it on a pool thread and says where it went. The file
/// appears whole or not at all (core writes it atomically).
class ExportButton : public QPushButton {
    Q_OBJECT

public:
    explicit ExportButton(QWidget* parent = nullptr);
    /// The run to export; an empty one disables the button.
    void setRun(const QString& runDir);
    QString run() const { return m_runDir; }
    /// Exports to `path` without asking (.zip: a package; anything else: ONNX).
    void exportTo(const QString& path);
    bool isExporting() const { return m_job.isRunning(); }

Q_SIGNALS:
    void statusMessage(const QString& message);
    /// When an export ends: `error` is empty on success.
    void finished(const QString& path, const QString& error);

private:
    void choose();

    QString m_runDir;
    JobHandle m_job;
};

} // namespace picta
