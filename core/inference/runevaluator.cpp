#include "runevaluator.h"

#include "predictor.h"

#include "data/decodedstore.h"
#include "project/project.h"
#include "training/computedevice.h"

#include <QDir>
#include <QJsonArray>
#include <QScopeGuard>

#include <cmath>
#include <optional>

namespace picta {

namespace {

// The row of each path in the decoded-image store training keeps for the project (-1 for a path
// it has no row for), or no store when there is none yet or it cannot be used: then every file
// is decoded, as without a project.
// `listing`: the project's whole listing (Project::images()) when the caller has it; else it is
// read here, once a store is found.
std::shared_ptr<DecodedStore> storeRows(const Predictor& predictor, const Project& project, const QVector<ImageEntry>* listing,
                                        const QStringList& paths, const std::atomic_bool* cancel, const RunEvaluator::Progress& progress,
                                        std::vector<int64_t>* rowOf)
{
    const ModelInfo& info = predictor.info();
    const QString folder = DecodedStore::existingForProject(project.rootDir(), project.imagesDir(), info.imageSize, info.inputChannels);
    if (folder.isEmpty())
        return {};
    auto opened = DecodedStore::open(folder, project.imagesDir(), info.imageSize, info.inputChannels);
    if (!opened)
        return {};
    std::shared_ptr<DecodedStore> store(std::move(opened.value()));
    // A store that open() found damaged or made for another folder would be rebuilt from every
    // image of the project: decoding the files to be scored is less work, and creates nothing.
    if (!store->rebuildReason().isEmpty())
        return {};
    // Nor wait for a training that is building the store: the files are there.
    store->setWaitForLock(false);
    // Synced with every image of the project, as training does: rows of images left out of the
    // listing would be dropped.
    const QVector<ImageEntry> entries = listing ? *listing : project.images();
    std::vector<int64_t> rows;
    const auto synced = store->sync(entries, ComputeDevice::physicalCores(), cancel, progress, &rows);
    if (!synced || synced->cancelled || synced->busy)
        return {};
    QHash<QString, int64_t> byPath;
    for (int i = 0; i < entries.size(); ++i)
        byPath.insert(QDir::cleanPath(QFileInfo(entries[i].path).absoluteFilePath()), rows[size_t(i)]);
    rowOf->assign(size_t(paths.size()), -1);
    for (int i = 0; i < paths.size(); ++i)
        (*rowOf)[size_t(i)] = byPath.value(QDir::cleanPath(QFileInfo(paths[i]).absoluteFilePath()), -1);
    return store;
}

// RunEvaluator::score, with the project (when there is one) and its listing already read.
QVector<ImageOutcome> scoreImages(const Predictor& predictor, const QStringList& paths, const QVector<int>& truths,
                                  QVector<QPair<QString, QString>>* unreadable, const RunEvaluator::Progress& progress,
                                  const std::atomic_bool* cancel, const Project* project, const QVector<ImageEntry>* listing,
                                  int* fromStore)
{
    // Last out, after every batch's tensors: their freed memory goes back to the system.
    const auto releaseMemory = qScopeGuard([] { ComputeDevice::releaseCachedMemory(); });
    QVector<ImageOutcome> outcomes;
    const int classes = int(predictor.info().classes.size());
    std::vector<int64_t> rowOf;
    const std::shared_ptr<DecodedStore> store
        = project ? storeRows(predictor, *project, listing, paths, cancel, progress, &rowOf) : nullptr;
    constexpr int kBatch = 256;
    for (int start = 0; start < paths.size(); start += kBatch) {
        if (cancel && *cancel)
            break;
        const int end = std::min<int>(int(paths.size()), start + kBatch);
        // This batch's images with a row in the store, and the rest (decoded from their files).
        QStringList storePaths, fromFiles;
        std::vector<int64_t> rows;
        QVector<int> storeIndex, fileIndex;
        for (int i = start; i < end; ++i) {
            if (store && rowOf[size_t(i)] >= 0) {
                storePaths << paths[i];
                rows.push_back(rowOf[size_t(i)]);
                storeIndex << i;
            } else {
                fromFiles << paths[i];
                fileIndex << i;
            }
        }
        QVector<QPair<int, Prediction>> predictions;
        if (!rows.empty()) {
            const QVector<Prediction> p = predictor.predictStoreRows(*store, rows, storePaths, classes);
            if (fromStore)
                *fromStore += int(std::count_if(p.begin(), p.end(), [](const Prediction& one) { return one.ok(); }));
            for (int j = 0; j < p.size(); ++j)
                predictions.push_back({storeIndex[j], p[j]});
        }
        if (!fromFiles.isEmpty()) {
            const QVector<Prediction> p = predictor.predictFiles(fromFiles, classes);
            for (int j = 0; j < p.size(); ++j)
                predictions.push_back({fileIndex[j], p[j]});
        }
        std::sort(predictions.begin(), predictions.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [index, p] : std::as_const(predictions)) {
            if (!p.ok()) {
                if (unreadable)
                    unreadable->push_back({paths[index], p.error});
                continue;
            }
            ImageOutcome o;
            o.path = paths[index];
            o.truth = truths[index];
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
            progress(end, int(paths.size()));
    }
    return outcomes;
}

} // namespace

QJsonObject RunEvaluation::toJson(int topLosses) const
{
    QJsonObject out = confusion.metricsJson(classes);
    out["confusion"] = confusion.toJson();
    out["classes"] = QJsonArray::fromStringList(classes);
    out["images"] = confusion.total();
    out["split"] = split;
    out["from_decoded_store"] = fromStore;
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
                                          const std::atomic_bool* cancel, const QString& projectDir, int* fromStore)
{
    // Without a project (or one that cannot be opened), every file is decoded.
    std::optional<Project> project;
    if (!projectDir.isEmpty())
        if (auto opened = Project::open(projectDir))
            project = std::move(opened.value());
    return scoreImages(predictor, paths, truths, unreadable, progress, cancel, project ? &*project : nullptr, nullptr, fromStore);
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

    evaluation.outcomes
        = scoreImages(**predictor, paths, truths, &evaluation.unreadable, progress, cancel, &*project, &entries, &evaluation.fromStore);
    if (cancel && *cancel)
        return R::failure(tr("Evaluation cancelled"));
    for (const ImageOutcome& o : std::as_const(evaluation.outcomes))
        evaluation.confusion.add(o.truth, o.predicted);
    std::stable_sort(evaluation.outcomes.begin(), evaluation.outcomes.end(),
                     [](const ImageOutcome& a, const ImageOutcome& b) { return a.loss > b.loss; });
    return evaluation;
}

} // namespace picta
