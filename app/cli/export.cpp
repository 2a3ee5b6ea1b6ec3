#include "commands.h"
#include "parse.h"

#include "export/modelpackage.h"
#include "export/onnxexporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace picta::cli {

int exportModel(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("run"), Cli::tr("The run folder to export (runs/<id>)."), QStringLiteral("RUN_DIR")});
    parser.addOption({QStringLiteral("out"), Cli::tr("The file to write (.onnx or .zip)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("format"),
                      Cli::tr("onnx (the model with its preprocessing) or package (a zip: ONNX, weights, README, predict.py); "
                              "default: from the file name, else onnx."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("force"), Cli::tr("Replace FILE if it exists.")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the result as one JSON line.")});
    int code = Ok;
    if (!parseArguments(parser, args, Cli::tr("Exports a trained run as ONNX that predicts what Picta predicts, or as a model package."),
                        &code))
        return code;
    const QString run = parser.value(QStringLiteral("run"));
    const QString out = parser.value(QStringLiteral("out"));
    if (run.isEmpty() || out.isEmpty())
        return fail(Usage, Cli::tr("export needs --run RUN_DIR and --out FILE"));
    QString format = parser.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = out.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? QStringLiteral("package") : QStringLiteral("onnx");
    if (format != QLatin1String("onnx") && format != QLatin1String("package"))
        return fail(Usage, Cli::tr("--format must be onnx or package (not '%1')").arg(format));
    if (QFileInfo::exists(out) && !parser.isSet(QStringLiteral("force")))
        return fail(Usage, Cli::tr("%1 exists (add --force to replace it)").arg(QDir::toNativeSeparators(out)));

    QElapsedTimer timer;
    timer.start();
    const Status written = format == QLatin1String("onnx") ? OnnxExporter::write(run, out) : ModelPackage::write(run, out);
    if (!written)
        return fail(Failed, written.error());
    const double seconds = timer.elapsed() / 1000.0;
    const qint64 bytes = QFileInfo(out).size();
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{"out", QFileInfo(out).absoluteFilePath()}, {"format", format}, {"bytes", bytes}, {"seconds", seconds}});
    else
        printErr(
            Cli::tr("Wrote %1 (%2 MB) in %3 s").arg(QDir::toNativeSeparators(out)).arg(bytes / 1e6, 0, 'f', 2).arg(seconds, 0, 'f', 2));
    return Ok;
}

} // namespace picta::cli
