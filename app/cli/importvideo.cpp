#include "commands.h"
#include "parse.h"

#include "capture/videoframeimporter.h"
#include "project/project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>
#include <cstdio>

namespace picta::cli {

int importVideo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("video"), Cli::tr("A video file (MP4, WebM, AVI, … whatever FFmpeg decodes)."));
    parser.addOption({QStringLiteral("project"), Cli::tr("The project to import into (created when missing)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("every"), Cli::tr("Keep one frame every SECONDS of video."), QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("scenes"), Cli::tr("Keep one frame at each scene change instead.")});
    parser.addOption({QStringLiteral("threshold"),
                      Cli::tr("With --scenes: how different (0–255, mean over a 32×32 gray thumbnail) a frame must be from the "
                              "last one kept (default 14)."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("class"), Cli::tr("Put the frames into this class (default: Unlabelled)."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("keep-duplicates"), Cli::tr("Keep frames that look like one already kept.")});
    parser.addOption({QStringLiteral("max-side"), Cli::tr("Downscale frames to this longest side (default: keep)."), QStringLiteral("PX")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the result as one JSON line.")});
    int code = Ok;
    if (!parseArguments(parser, args,
                        Cli::tr("Imports frames of a video into a project: one every N seconds or one per scene, near-duplicate "
                                "frames left out, sources.csv naming the video and each frame's time."),
                        &code))
        return code;
    const QString dir = parser.value(QStringLiteral("project"));
    if (dir.isEmpty() || parser.positionalArguments().size() != 1)
        return fail(Usage, Cli::tr("import-video needs --project DIR and one video file"));
    VideoFrameImporter::Options options;
    const bool every = parser.isSet(QStringLiteral("every")), scenes = parser.isSet(QStringLiteral("scenes"));
    if (every == scenes)
        return fail(Usage, Cli::tr("import-video needs either --every SECONDS or --scenes"));
    if (every) {
        bool ok = false;
        options.everySeconds = parser.value(QStringLiteral("every")).toDouble(&ok);
        if (!ok || !std::isfinite(options.everySeconds) || options.everySeconds < 0.01 || options.everySeconds > 86400)
            return fail(Usage, Cli::tr("--every needs a number of seconds between 0.01 and 86400"));
    }
    options.scenes = scenes;
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        options.sceneThreshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || options.sceneThreshold < 0 || options.sceneThreshold > 255)
            return fail(Usage, Cli::tr("--threshold needs a number from 0 to 255"));
    }
    options.intoClass = parser.value(QStringLiteral("class"));
    options.skipNearDuplicates = !parser.isSet(QStringLiteral("keep-duplicates"));
    if (!intOption(parser, QStringLiteral("max-side"), 8, 100000, &options.maxSide))
        return Usage;
    if (!QFileInfo::exists(QDir(dir).filePath(Project::fileName()))) {
        const auto created = Project::create(dir, QFileInfo(dir).fileName());
        if (!created)
            return fail(Failed, created.error());
    }
    if (const auto project = Project::open(dir); project && project->isReadOnly())
        return fail(Failed, Cli::tr("%1 is read-only: nothing can be imported into it").arg(QDir::toNativeSeparators(dir)));

    QElapsedTimer timer;
    timer.start();
    qint64 lastPrint = -1000;
    const bool json = parser.isSet(QStringLiteral("json"));
    const VideoImportReport report
        = VideoFrameImporter(dir, options).importVideo(parser.positionalArguments().first(), [&](double done, double total) {
              if (timer.elapsed() - lastPrint < 1000)
                  return;
              lastPrint = timer.elapsed();
              printErr(total > 0 ? Cli::tr("%1 s of %2 s read").arg(done, 0, 'f', 1).arg(total, 0, 'f', 1)
                                 : Cli::tr("%1 s read").arg(done, 0, 'f', 1));
          });
    if (!report.error.isEmpty())
        return fail(Failed, report.error);
    QJsonArray skipped, kept;
    for (const ListingProblem& p : report.import.skipped)
        skipped.append(QJsonObject{{"path", p.path}, {"reason", p.reason}});
    for (double t : report.keptAt)
        kept.append(t);
    if (json) {
        QJsonObject out{{"imported", report.import.imported},     {"kept_at", kept},
                        {"frames_read", report.framesRead},       {"near_duplicates", report.nearDuplicates},
                        {"duplicates", report.import.duplicates}, {"seconds_read", report.secondsRead},
                        {"duration", report.durationSeconds},     {"skipped", skipped},
                        {"seconds", timer.nsecsElapsed() / 1e9}};
        if (!report.truncated.isEmpty())
            out["truncated"] = report.truncated;
        if (!report.import.fatal.isEmpty())
            out["error"] = report.import.fatal;
        printJson(out);
    } else {
        for (const ListingProblem& p : report.import.skipped)
            printErr(Cli::tr("skipped %1: %2").arg(p.path, p.reason));
        std::printf("%s\n",
                    qUtf8Printable(Cli::tr("%n frame(s) imported from %1 read (%2 s of video)", nullptr, report.import.imported)
                                       .arg(report.framesRead)
                                       .arg(report.secondsRead, 0, 'f', 1)
                                   + Cli::tr(", %n left out as near duplicate(s)", nullptr, report.nearDuplicates)));
    }
    if (!report.import.fatal.isEmpty())
        return fail(Failed, Cli::tr("Import stopped: %1").arg(report.import.fatal));
    // A truncated video still imports what it holds; the exit code says the file was damaged.
    return report.truncated.isEmpty() ? Ok : Failed;
}

} // namespace picta::cli
