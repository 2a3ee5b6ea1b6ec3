#include "exportbutton.h"

#include "export/modelpackage.h"
#include "export/onnxexporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

namespace picta {

ExportButton::ExportButton(QWidget* parent)
    : QPushButton(tr("E&xport…"), parent)
{
    setObjectName(QStringLiteral("export"));
    setToolTip(tr("Save the model for use outside Picta: as ONNX for other programs, or as a package (.zip) with a "
                  "ready-to-run Python script and instructions"));
    setEnabled(false);
    connect(this, &QPushButton::clicked, this, &ExportButton::choose);
}

void ExportButton::setRun(const QString& runDir)
{
    m_runDir = runDir;
    setEnabled(!runDir.isEmpty() && !isExporting());
}

void ExportButton::choose()
{
    if (m_runDir.isEmpty() || isExporting())
        return;
    // Default name: <project>-<run>.zip beside the project, or in Documents.
    const QString project = ModelPackage::projectOf(m_runDir);
    const QString base = project.isEmpty() ? QFileInfo(m_runDir).fileName()
                                           : QStringLiteral("%1-%2").arg(QFileInfo(project).fileName(), QFileInfo(m_runDir).fileName());
    const QString folder
        = project.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : QFileInfo(project).absolutePath();
    const QString package = tr("Model package: ONNX, weights, README, Python script (*.zip)");
    const QString onnx = tr("ONNX model (*.onnx)");
    QString filter = package;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the model"), QDir(folder).filePath(base + QStringLiteral(".zip")),
                                                package + QStringLiteral(";;") + onnx, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = filter == onnx ? QStringLiteral(".onnx") : QStringLiteral(".zip");
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    exportTo(path);
}

void ExportButton::exportTo(const QString& path)
{
    if (m_runDir.isEmpty() || isExporting())
        return;
    const bool package = path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
    setEnabled(false);
    const QString label = text();
    setText(tr("Exporting…"));
    Q_EMIT statusMessage(tr("Exporting the model to %1…").arg(QDir::toNativeSeparators(path)));
    struct Result {
        QString error;
        double seconds = 0;
    };
    const QString run = m_runDir;
    m_job = startJob(
        this,
        [run, path, package](const JobContext&) {
            QElapsedTimer timer;
            timer.start();
            const Status s = package ? ModelPackage::write(run, path) : OnnxExporter::write(run, path);
            return Result{s.error(), timer.elapsed() / 1000.0};
        },
        [this, path, label](const Result& r) {
            setText(label);
            setEnabled(!m_runDir.isEmpty());
            if (r.error.isEmpty()) {
                Q_EMIT statusMessage(tr("Exported the model to %1 (%2 MB, %3 s)")
                                         .arg(QDir::toNativeSeparators(path))
                                         .arg(QLocale().toString(QFileInfo(path).size() / 1e6, 'f', 1))
                                         .arg(QLocale().toString(r.seconds, 'f', 1)));
            } else {
                Q_EMIT statusMessage(r.error);
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), r.error, QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            Q_EMIT finished(path, r.error);
        });
}

} // namespace picta
