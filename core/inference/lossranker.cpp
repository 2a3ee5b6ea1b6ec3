#include "lossranker.h"

#include "predictor.h"

#include <cmath>

namespace picta {

Expected<QHash<QString, double>> LossRanker::compute(const QString& runDir, const QVector<Labelled>& images, const Progress& progress,
                                                     const std::atomic_bool* cancel)
{
    using R = Expected<QHash<QString, double>>;
    const auto predictor = Predictor::load(runDir);
    if (!predictor)
        return R::failure(predictor.error());
    const QStringList classes = (*predictor)->info().classes;
    QVector<Labelled> known;
    for (const Labelled& image : images)
        if (classes.contains(image.className))
            known.push_back(image);
    QHash<QString, double> losses;
    constexpr int kBatch = 256;
    for (int start = 0; start < known.size(); start += kBatch) {
        if (cancel && *cancel)
            break;
        QStringList paths;
        for (int i = start; i < std::min<int>(int(known.size()), start + kBatch); ++i)
            paths << known[i].path;
        const QVector<Prediction> predictions = (*predictor)->predictFiles(paths, int(classes.size()));
        for (int i = 0; i < predictions.size(); ++i) {
            if (!predictions[i].ok())
                continue;
            double p = 0;
            for (const ClassScore& score : predictions[i].top)
                if (score.className == known[start + i].className)
                    p = score.probability;
            losses.insert(paths[i], -std::log(std::max(p, 1e-12)));
        }
        if (progress)
            progress(std::min<int>(int(known.size()), start + kBatch), int(known.size()));
    }
    return losses;
}

} // namespace picta
