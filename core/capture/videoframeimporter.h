#pragma once

#include "data/importer.h"

#include <QCoreApplication>
#include <QVector>

#include <atomic>
#include <functional>

namespace picta {

/// What importing frames from a video did.
struct VideoImportReport {
    ImportReport import;    ///< files written, and anything skipped with its reason
    QVector<double> keptAt; ///< seconds into the video of each frame written
    qint64 framesRead = 0;  ///< frames decoded or skipped over
    int nearDuplicates = 0; ///< frames left out because they look like one already kept
    double secondsRead = 0; ///< how far into the video the import got
    double durationSeconds = 0;
    QString truncated; ///< set when the file ended before its announced length
    QString error;     ///< set when the video could not be opened at all
};

/// Picks frames out of a video file into a project: one every N seconds, or one at each scene
/// change (the mean absolute difference of 32×32 gray thumbnails against the last kept frame).
/// Frames that look like one already kept (perceptual hash and thumbnail correlation, as the
/// duplicate finder compares them) are left out. Each frame is written whole, as a JPEG, through
/// the Importer, with the video's path and the frame's time ("#t=12.400") in sources.csv.
class VideoFrameImporter {
    Q_DECLARE_TR_FUNCTIONS(VideoFrameImporter)

public:
    struct Options {
        double everySeconds = 0;      ///< > 0: one frame every this many seconds
        bool scenes = false;          ///< one frame per scene change instead
        double sceneThreshold = 14;   ///< mean absolute difference (0–255) that makes a new scene
        double minSceneSeconds = 0.5; ///< scene changes closer than this are one change
        bool skipNearDuplicates = true;
        QString intoClass; ///< empty: Unlabelled
        int maxSide = 0;   ///< downscale to this longest side (0: keep)
    };
    using Progress = std::function<void(double secondsDone, double secondsTotal)>;

    VideoFrameImporter(const QString& projectRoot, const Options& options);

    VideoImportReport importVideo(const QString& path, const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

private:
    QString m_root;
    Options m_options;
};

} // namespace picta
