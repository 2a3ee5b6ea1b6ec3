#include "commands.h"
#include "parse.h"

#include "inference/gradcamimage.h"
#include "inference/predictor.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>

namespace picta::cli {

int predict(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("run"), Cli::tr("A training run's folder (runs/<id>)."), QStringLiteral("RUN_DIR")});
    parser.addOption({QStringLiteral("top"), Cli::tr("How many classes to show per image (default 3)."), QStringLiteral("K")});
    parser.addOption({QStringLiteral("gradcam"),
                      Cli::tr("Also write a Grad-CAM overlay (where the model looked) per image into this folder."),
                      QStringLiteral("OUT_DIR")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON line with every prediction.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Image files."), QStringLiteral("FILE..."));
    int code = Ok;
    if (!parseArguments(parser, args, Cli::tr("Classifies image files with a trained run."), &code))
        return code;
    const QString runDir = parser.value(QStringLiteral("run"));
    if (runDir.isEmpty())
        return fail(Usage, Cli::tr("predict needs --run RUN_DIR"));
    if (parser.positionalArguments().isEmpty())
        return fail(Usage, Cli::tr("predict needs at least one image file"));
    int top = 3;
    if (!intOption(parser, QStringLiteral("top"), 1, 1000, &top))
        return Usage;

    const auto predictor = Predictor::load(runDir);
    if (!predictor)
        return fail(Failed, predictor.error());
    const QVector<Prediction> predictions = predictor.value()->predictFiles(parser.positionalArguments(), top);
    const QString gradcamDir = parser.value(QStringLiteral("gradcam"));
    if (!gradcamDir.isEmpty() && !QDir().mkpath(gradcamDir))
        return fail(Failed, Cli::tr("Cannot create %1").arg(QDir::toNativeSeparators(gradcamDir)));

    int failures = 0;
    QJsonArray items;
    for (const Prediction& p : predictions) {
        if (!p.ok()) {
            ++failures;
            fail(Failed, p.error);
            items.append(QJsonObject{{"file", p.source}, {"error", p.error}});
            continue;
        }
        QJsonArray topJson;
        QStringList text;
        for (const ClassScore& s : p.top) {
            topJson.append(QJsonObject{{"class", s.className}, {"p", s.probability}});
            text << QStringLiteral("%1 %2%").arg(s.className).arg(s.probability * 100.0, 0, 'f', 1);
        }
        QJsonObject item{{"file", p.source}, {"top", topJson}};
        if (!gradcamDir.isEmpty()) {
            const GradCamResult cam = predictor.value()->gradCam(p.source);
            const QString out = QDir(gradcamDir).filePath(GradCamImage::fileNameFor(p.source));
            if (const Status written = GradCamImage::writePng(cam, out); !written) {
                ++failures;
                fail(Failed, written.error());
            } else {
                item.insert(QStringLiteral("gradcam"), out);
            }
        }
        items.append(item);
        if (!parser.isSet(QStringLiteral("json")))
            std::printf("%s\t%s\n", qUtf8Printable(QDir::toNativeSeparators(p.source)), qUtf8Printable(text.join("  ")));
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{"run_dir", predictor.value()->runDir()}, {"predictions", items}});
    return failures > 0 ? Failed : Ok;
}

} // namespace picta::cli
