#include "runevaluator.h"

#include "predictor.h"
#include "project/project.h"

#include <QDir>
#include <QJsonArray>

#include <cmath>

namespace picta {

QJsonObject RunEvaluation::toJson(int topLosses) const
{
    QJsonObject out = confusion.metricsJson(classes);
    out["confusion"] = confusion.toJson();
    out["classes"] = QJsonArray::fromStringList(classes);
    out["images"] = confusion.total();
    out["split"] = split;
    QJsonArray top;
    for (int i = 0; i < std::min<int>(topLosses, int(outcomes.size())); ++i) {
        const ImageOutcome& o = outcomes[i];
        top.append(QJsonObject{{"path", QDir::toNativeSeparators(o.path)},
                               {"true", classes.value(o.truth)},
                               {"pred", classes.value(o.predicted)},
                               {"p", o.confidence},
                               {"loss", o.loss}});
    }
    out["top_losses"] = top;
    QJsonArray bad;
    for (const auto& [path, reason] : unreadable)
        bad.append(QJsonObject{{"path", path}, {"reason", reason}});
    out["unreadable"] = bad;
    return out;
}

QVector<ImageOutcome> RunEvaluator::score(const Predictor& predictor, const QStringList& paths, const QVector<int>& truths,
                                          QVector<QPair<QString, QString>>* unreadable, const Progress& progress,
                                          const std::atomic_bool* cancel)
{
    QVector<ImageOutcome> outcomes;
    const int classes = int(predictor.info().classes.size());
    constexpr int kBatch = 256;
    for (int start = 0; start < paths.size(); start += kBatch) {
        if (cancel && *cancel)
            break;
        const QStringList batch = paths.mid(start, kBatch);
        const QVector<Prediction> predictions = predictor.predictFiles(batch, classes);
        for (int i = 0; i < predictions.size(); ++i) {
            const Prediction& p = predictions[i];
            if (!p.ok()) {
                if (unreadable)
                    unreadable->push_back({batch[i], p.error});
                continue;
            }
            ImageOutcome o;
            o.path = batch[i];
            o.truth = truths[start + i];
            o.predicted = p.top[0].classIndex;
            o.confidence = p.top[0].probability;
            double pTrue = 0;
            for (const ClassScore& s : p.top)
                if (s.classIndex == o.truth)
                    pTrue = s.probability;
            o.loss = -std::log(std::max(pTrue, 1e-12));
            outcomes.push_back(o);
        }
        if (progress)
            progress(std::min<int>(int(paths.size()), start + kBatch), int(paths.size()));
    }
    return outcomes;
}

Expected<RunEvaluation> RunEvaluator::evaluate(const QString& runDir, const QString& projectDir, const Progress& progress,
                                               const std::atomic_bool* cancel, bool trainingSplit)
{
    using R = Expected<RunEvaluation>;
    const auto predictor = Predictor::load(runDir);
    if (!predictor)
        return R::failure(predictor.error());
    const auto project = Project::open(projectDir);
    if (!project)
        return R::failure(project.error());
    RunEvaluation evaluation;
    evaluation.classes = (*predictor)->info().classes;
    evaluation.confusion = ConfusionMatrix(int(evaluation.classes.size()));

    QVector<ImageEntry> entries = project->images();
    const bool hasValidation
        = std::any_of(entries.begin(), entries.end(), [](const ImageEntry& e) { return e.split == Split::Validation; });
    const Split wanted = trainingSplit ? Split::Train : Split::Validation;
    evaluation.split = !hasValidation ? QStringLiteral("all") : trainingSplit ? QStringLiteral("training") : QStringLiteral("validation");
    QStringList paths;
    QVector<int> truths;
    for (const ImageEntry& e : entries) {
        const int truth = int(evaluation.classes.indexOf(project->classes().value(e.classIndex)));
        if ((hasValidation && e.split != wanted) || truth < 0)
            continue;
        paths << e.path;
        truths << truth;
    }
    if (paths.isEmpty())
        return R::failure(
            tr("%1 has no images of the run's classes (%2)").arg(QDir::toNativeSeparators(projectDir), evaluation.classes.join(", ")));

    evaluation.outcomes = score(**predictor, paths, truths, &evaluation.unreadable, progress, cancel);
    if (cancel && *cancel)
        return R::failure(tr("Evaluation cancelled"));
    for (const ImageOutcome& o : std::as_const(evaluation.outcomes))
        evaluation.confusion.add(o.truth, o.predicted);
    std::stable_sort(evaluation.outcomes.begin(), evaluation.outcomes.end(),
                     [](const ImageOutcome& a, const ImageOutcome& b) { return a.loss > b.loss; });
    return evaluation;
}

} // namespace picta
