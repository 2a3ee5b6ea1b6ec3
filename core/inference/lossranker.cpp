#include "lossranker.h"

#include "predictor.h"
#include "runevaluator.h"

namespace picta {

Expected<QHash<QString, double>> LossRanker::compute(const QString& runDir, const QString& projectDir, const QVector<Labelled>& images,
                                                     const Progress& progress, const std::atomic_bool* cancel)
{
    using R = Expected<QHash<QString, double>>;
    const auto predictor = Predictor::load(runDir);
    if (!predictor)
        return R::failure(predictor.error());
    const QStringList classes = (*predictor)->info().classes;
    QStringList paths;
    QVector<int> truths;
    for (const Labelled& image : images)
        if (const int truth = int(classes.indexOf(image.className)); truth >= 0) {
            paths << image.path;
            truths << truth;
        }
    QHash<QString, double> losses;
    for (const ImageOutcome& o : RunEvaluator::score(**predictor, paths, truths, nullptr, progress, cancel, projectDir))
        losses.insert(o.path, o.loss);
    return losses;
}

} // namespace picta
