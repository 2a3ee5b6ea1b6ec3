#include "modelpackage.h"

#include "data/zipwriter.h"
#include "export/onnxexporter.h"
#include "models/modelweights.h"
#include "project/credits.h"
#include "project/project.h"
#include "project/provenancelog.h"
#include "support/atomicfile.h"
#include "training/runfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace picta {

QString ModelPackage::projectOf(const QString& runDir)
{
    QDir dir(QFileInfo(runDir).absoluteFilePath());
    if (!dir.cdUp() || dir.dirName() != QLatin1String("runs") || !dir.cdUp())
        return {};
    return QFileInfo::exists(dir.filePath(Project::fileName())) || QDir(dir.filePath(QStringLiteral("images"))).exists()
        ? dir.absolutePath()
        : QString();
}

QByteArray ModelPackage::predictScript()
{
    QFile file(QStringLiteral(":/export/predict.py"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString ModelPackage::readme(const ModelInfo& info, qint64 onnxBytes, int creditsCount)
{
    const int s = info.imageSize;
    const double accuracy = info.metrics.value(QStringLiteral("val_accuracy")).toDouble(-1);
    QStringList lines;
    lines << tr("# Image classifier: %1").arg(info.classes.join(QStringLiteral(", "))) << QString()
          << tr("Made with Picta (%1, %2 × %2 px, %3, trained %4).")
                 .arg(info.arch)
                 .arg(s)
                 .arg(info.inputChannels == 1 ? tr("gray") : tr("colour"))
                 .arg(info.created.left(10));
    if (accuracy >= 0)
        lines << tr("It was right on %1 % of the pictures held out from training.").arg(accuracy * 100, 0, 'f', 1);
    lines
        << QString() << tr("## Files") << QString()
        << tr("- `model.onnx` (%1 MB): the network with its preprocessing, ONNX opset 13; OpenCV's DNN module, ONNX Runtime and "
              "other ONNX runtimes read it.")
               .arg(onnxBytes / 1e6, 0, 'f', 1)
        << tr("- `predict.py`: classifies image files exactly as Picta does; needs only Python 3 and OpenCV "
              "(Debian: `apt install python3-opencv`). Run `python3 predict.py photo.jpg`.")
        << tr("- `labels.txt`: the classes, one per line, in the order of the model's output.")
        << tr("- `model.safetensors`, `model.json`: the same model for Picta (copy both into a project's `runs/` folder to use it there).");
    if (creditsCount > 0)
        lines << tr("- `CREDITS.md`: where the %n training picture(s) with a known source came from, with their licences.", nullptr,
                    creditsCount);
    lines << QString() << tr("## Input") << QString()
          << tr("`image`: float32 `[batch, %1, %2, %2]`, pixel values 0–255 (not scaled), %3, channels first.")
                 .arg(info.inputChannels)
                 .arg(s)
                 .arg(info.inputChannels == 1 ? tr("one gray channel") : tr("RGB order"))
          << QString() << tr("To get the same answers as Picta, prepare each image by this rule:") << QString()
          << OnnxExporter::resizeRule(info) << QString()
          << tr("The normalisation (÷ 255, then − mean, ÷ std per channel, mean %1, std %2) is inside the graph.")
                 .arg([&] {
                     QStringList v;
                     for (float m : info.mean)
                         v << QString::number(double(m), 'g', 6);
                     return v.join(QStringLiteral(", "));
                 }())
                 .arg([&] {
                     QStringList v;
                     for (float m : info.std)
                         v << QString::number(double(m), 'g', 6);
                     return v.join(QStringLiteral(", "));
                 }())
          << QString() << tr("## Output") << QString()
          << tr("`probabilities`: float32 `[batch, %1]`, softmax over the classes in this order:").arg(info.classes.size()) << QString();
    for (int i = 0; i < info.classes.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i).arg(info.classes[i]);
    lines << QString() << tr("The class names and the resize rule are also in the model's metadata (`picta.classes`, `picta.resize`).")
          << QString() << tr("## In your own code (Python and OpenCV)") << QString() << QStringLiteral("```python")
          << QStringLiteral("import cv2, predict") << QStringLiteral("net = cv2.dnn.readNetFromONNX(\"model.onnx\")")
          << QStringLiteral("image = predict.fit_square(predict.decode(\"photo.jpg\", %1), %2)").arg(info.inputChannels).arg(s)
          << QStringLiteral("net.setInput(cv2.dnn.blobFromImage(image))  # float32, NCHW, 0-255, no swap")
          << QStringLiteral("probabilities = net.forward()[0]") << QStringLiteral("```") << QString();
    return lines.join('\n');
}

Status ModelPackage::write(const QString& runDir, const QString& out)
{
    const auto onnx = OnnxExporter::exportRun(runDir);
    if (!onnx)
        return Status::failure(onnx.error());
    const auto info = ModelInfo::load(RunFolder::infoPath(runDir));
    if (!info)
        return Status::failure(info.error());
    const auto json = AtomicFile::read(RunFolder::infoPath(runDir));
    const auto weights = AtomicFile::read(RunFolder::weightsPath(runDir), ModelWeights::kMaxFileBytes);
    if (!json)
        return Status::failure(json.error());
    if (!weights)
        return Status::failure(weights.error());
    const QByteArray script = predictScript();
    if (script.isEmpty())
        return Status::failure(tr("predict.py is missing from this build of Picta"));

    int credited = 0;
    QString creditsText;
    if (const QString project = projectOf(runDir); !project.isEmpty()) {
        const QVector<ProvenanceRow> rows = ProvenanceLog(project).rows();
        if (!rows.isEmpty()) {
            creditsText = Credits::markdown(rows);
            credited = int(rows.size());
        }
    }

    ZipWriter zip;
    zip.add(QStringLiteral("README.md"), readme(info.value(), onnx->size(), credited).toUtf8());
    zip.add(QStringLiteral("model.onnx"), onnx.value(), ZipWriter::Method::Stored);
    zip.add(QStringLiteral("predict.py"), script);
    zip.add(QStringLiteral("labels.txt"), (info->classes.join('\n') + '\n').toUtf8());
    zip.add(QStringLiteral("model.json"), json.value());
    zip.add(QStringLiteral("model.safetensors"), weights.value(), ZipWriter::Method::Stored);
    if (!creditsText.isEmpty())
        zip.add(QStringLiteral("CREDITS.md"), creditsText.toUtf8());
    return zip.save(out);
}

} // namespace picta
