#include "inference/predictor.h"
#include "models/modelinfo.h"
#include "testdata.h"
#include "training/runfolder.h"
#include "models/modelfactory.h"
#include "models/modelweights.h"
#include "models/resnet.h"
#include "models/safetensors.h"
#include "training/computedevice.h"
#include "training/lrfinder.h"
#include "training/trainer.h"
#include "training/trainingdata.h"
#include "project/project.h"
#include "training/trainingcontroller.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QtTest>

#include <torch/torch.h>

#include <numeric>

using namespace picta;
using namespace picta::test;

class TestTrainer : public QObject {
    Q_OBJECT

private:
    static TrainingConfig configFor(const QString& root, int epochs, int batch = 16)
    {
        TrainingConfig config;
        config.projectDir = root;
        config.epochs = epochs;
        config.batchSize = batch;
        config.learningRate = 2e-3;
        config.seed = 3;
        return config;
    }

private Q_SLOTS:
    void learnsASyntheticProblem()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 4, 60, 16);
        QVERIFY(!root.isEmpty());
        Trainer trainer;
        QSignalSpy epochs(&trainer, &Trainer::epochFinished);
        QSignalSpy batches(&trainer, &Trainer::batchFinished);
        const TrainingResult result = trainer.run(configFor(root, 5));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.epochsCompleted, 5);
        QCOMPARE(epochs.count(), 5);
        QVERIFY(batches.count() >= 5); // at least the last batch of each epoch
        QCOMPARE(result.trainImages + result.valImages, 240);
        QCOMPARE(result.valImages, 60); // 25 % of each class
        QVERIFY2(result.last.valAccuracy > 0.9, qPrintable(QString::number(result.last.valAccuracy)));
        QVERIFY(result.trainImagesPerSecond > 0);

        const auto info = ModelInfo::load(RunFolder::infoPath(result.runDir));
        QVERIFY2(info, qPrintable(info.error()));
        QCOMPARE(info->status, RunStatus::Complete);
        QCOMPARE(info->inputChannels, 1); // every image is gray
        QCOMPARE(info->classes.size(), 4);
        QCOMPARE(info->metrics.value("val_accuracy").toDouble(), result.last.valAccuracy);
        QFile history(RunFolder::historyPath(result.runDir));
        QVERIFY(history.open(QIODevice::ReadOnly));
        QCOMPARE(history.readAll().count('\n'), 6); // header + 5 epochs
        QVERIFY(QFile::exists(RunFolder::weightsPath(result.runDir)));
    }

    void cancelMidEpochKeepsTheLastGoodCheckpoint()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 80, 16);
        Trainer trainer;
        // Cancel in the middle of the second epoch.
        connect(&trainer, &Trainer::batchFinished, &trainer, [&](const BatchStats& s) {
            if (s.epoch == 2 && s.batch >= 2)
                trainer.requestCancel();
        });
        const TrainingResult result = trainer.run(configFor(root, 10, 4));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.cancelled);
        QCOMPARE(result.epochsCompleted, 1);
        const auto info = ModelInfo::load(RunFolder::infoPath(result.runDir));
        QVERIFY(info);
        QCOMPARE(info->status, RunStatus::Cancelled);
        QCOMPARE(info->epochsCompleted, 1);
        const auto predictor = Predictor::load(result.runDir);
        QVERIFY2(predictor, qPrintable(predictor.error()));
        QVERIFY(predictor.value()->predictFile(TestData::imagesBelow(root + "/images").first()).ok());
    }

    void cancelInTheFirstEpochStillLeavesALoadableRun()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 40, 16);
        Trainer trainer;
        connect(&trainer, &Trainer::batchFinished, &trainer, [&](const BatchStats&) { trainer.requestCancel(); });
        const TrainingResult result = trainer.run(configFor(root, 3, 2));
        QVERIFY(result.cancelled);
        QCOMPARE(result.epochsCompleted, 0);
        QVERIFY2(Predictor::load(result.runDir), "a run cancelled in its first epoch must load");
    }

    void aDivergingLossStopsTheRunWithAMessage()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 40, 16);
        Trainer trainer;
        QSignalSpy failed(&trainer, &Trainer::failed);
        TrainingConfig config = configFor(root, 3, 8);
        config.schedule = "constant";
        config.learningRate = 1e30; // Adam moves every weight by ~1e30 in the first step
        const TrainingResult result = trainer.run(config);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains("The loss became") && result.error.contains("epoch 1"), qPrintable(result.error));
        QCOMPARE(result.epochsCompleted, 0);
        QCOMPARE(failed.count(), 1);
    }

    void corruptImagesAreSkippedAndListed()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 20, 16);
        const QByteArray jpeg = TestData::gradientJpeg(40, 40);
        QVERIFY(TestData::writeFile(root + "/images/class0/broken.jpg", jpeg.left(jpeg.size() / 3)));
        QVERIFY(TestData::writeFile(root + "/images/class1/empty.png", QByteArray()));
        Trainer trainer;
        QSignalSpy warnings(&trainer, &Trainer::warning);
        const TrainingResult result = trainer.run(configFor(root, 1));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.skipped.size(), 2);
        QCOMPARE(result.trainImages + result.valImages, 40);
        int skipped = 0;
        for (const QList<QVariant>& w : warnings)
            skipped += w.at(0).toString().startsWith("Skipped");
        QCOMPARE(skipped, 2);
    }

    void overTheMemoryBudgetTrainsFromDiskAlike()
    {
        // The same run with its images in memory, then read batch by batch from the decoded
        // store because the budget is deliberately tiny: the same weights, to the bit.
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 4, 30, 16);
        TrainingConfig config = configFor(root, 3);
        QStringList memoryLog, diskLog;
        Trainer memory;
        connect(&memory, &Trainer::warning, &memory, [&](const QString& w) { memoryLog << w; });
        const TrainingResult inMemory = memory.run(config);
        QVERIFY2(inMemory.ok(), qPrintable(inMemory.error));
        QVERIFY2(memoryLog.join('\n').contains("in memory"), qPrintable(memoryLog.join('\n')));

        config.memoryCacheLimit = 4096; // the 120 images take 30 KiB
        Trainer disk;
        connect(&disk, &Trainer::warning, &disk, [&](const QString& w) { diskLog << w; });
        const TrainingResult fromDisk = disk.run(config);
        QVERIFY2(fromDisk.ok(), qPrintable(fromDisk.error));
        QVERIFY2(diskLog.join('\n').contains("on disk"), qPrintable(diskLog.join('\n')));
        QVERIFY2(!diskLog.join('\n').contains("decoded now"), "the second run decoded the images again");
        QCOMPARE(fromDisk.trainImages, inMemory.trainImages);
        QCOMPARE(fromDisk.last.valAccuracy, inMemory.last.valAccuracy);
        QCOMPARE(fromDisk.last.valLoss, inMemory.last.valLoss);
        QCOMPARE(fromDisk.last.trainLoss, inMemory.last.trainLoss);
        const auto a = SafeTensors::load(RunFolder::weightsPath(inMemory.runDir));
        const auto b = SafeTensors::load(RunFolder::weightsPath(fromDisk.runDir));
        QVERIFY(a && b);
        QCOMPARE(a->size(), b->size());
        for (size_t i = 0; i < a->size(); ++i) {
            QCOMPARE((*a)[i].first, (*b)[i].first);
            QVERIFY2(torch::equal((*a)[i].second, (*b)[i].second), (*a)[i].first.c_str());
        }
    }

    void badProjectsFailWithAMessage()
    {
        QTemporaryDir tmp;
        Trainer trainer;
        QSignalSpy failed(&trainer, &Trainer::failed);
        TrainingResult result = trainer.run(configFor(tmp.filePath("missing"), 1));
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains("missing"));
        QCOMPARE(failed.count(), 1);

        const QString one = TestData::makeProject(tmp.filePath("one"), 1, 5, 16);
        result = trainer.run(configFor(one, 1));
        QVERIFY(result.error.contains("two classes"));
    }

    void earlyStoppingKeepsTheBestEpochsWeightsExactly()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 3, 16, 16, 1, 11);
        TrainingConfig config = configFor(root, 30, 8);
        config.schedule = "constant";
        config.learningRate = 5e-3;
        config.earlyStopPatience = 3;
        Trainer trainer;
        QVector<EpochStats> epochs;
        connect(&trainer, &Trainer::epochFinished, &trainer, [&](const EpochStats& e) { epochs << e; });
        const TrainingResult result = trainer.run(config);
        QVERIFY2(result.ok(), qPrintable(result.error));

        // The kept epoch is the one with the lowest validation loss, and training ended at most
        // `patience` epochs after it.
        int best = 0;
        for (int i = 1; i < epochs.size(); ++i)
            if (epochs[i].valLoss < epochs[best].valLoss)
                best = i;
        QCOMPARE(result.best.epoch, epochs[best].epoch);
        QVERIFY(result.epochsCompleted - result.best.epoch <= 3);
        QCOMPARE(result.stoppedEarly, result.epochsCompleted < 30);
        const auto info = ModelInfo::load(RunFolder::infoPath(result.runDir));
        QCOMPARE(info->metrics.value("epoch").toInt(), result.best.epoch);
        QVERIFY(info->metrics.contains("per_class"));
        QVERIFY(QFile::exists(RunFolder::confusionPath(result.runDir)));

        // epochs.json: every epoch run, each with its own per-class metrics and confusion matrix,
        // agreeing with the figures reported as it ran; the kept epoch's are model.json's.
        const QJsonArray records = RunFolder::readEpochs(result.runDir);
        QCOMPARE(records.size(), epochs.size());
        for (int i = 0; i < records.size(); ++i) {
            const QJsonObject r = records[i].toObject();
            QCOMPARE(r.value("epoch").toInt(), epochs[i].epoch);
            QVERIFY(qAbs(r.value("val_loss").toDouble() - epochs[i].valLoss) < 1e-9);
            QCOMPARE(r.value("per_class").toObject().size(), 3);
            int total = 0, correct = 0;
            const QJsonArray rows = r.value("confusion").toArray();
            QCOMPARE(rows.size(), 3);
            for (int t = 0; t < rows.size(); ++t)
                for (int p = 0; p < 3; ++p) {
                    total += rows[t].toArray()[p].toInt();
                    correct += t == p ? rows[t].toArray()[p].toInt() : 0;
                }
            QCOMPARE(total, result.valImages);
            QVERIFY(qAbs(double(correct) / total - epochs[i].valAccuracy) < 1e-9);
            if (epochs[i].epoch == result.best.epoch) {
                QCOMPARE(r.value("per_class"), info->metrics.value("per_class"));
                QCOMPARE(r.value("confusion"), info->metrics.value("confusion"));
            }
        }

        // The saved weights give exactly that epoch's validation loss.
        const auto predictor = Predictor::load(result.runDir);
        QVERIFY(predictor);
        const auto project = Project::open(root);
        double lossSum = 0;
        int count = 0;
        for (const ImageEntry& e : project->images()) {
            if (e.split != Split::Validation)
                continue;
            const Prediction p = predictor.value()->predictFile(e.path, 3);
            for (const ClassScore& s : p.top)
                if (s.classIndex == e.classIndex)
                    lossSum -= std::log(s.probability);
            ++count;
        }
        QVERIFY2(qAbs(lossSum / count - result.best.valLoss) < 1e-4,
                 qPrintable(QString("%1 vs %2").arg(lossSum / count).arg(result.best.valLoss)));
    }

    void classWeightsFavourRareClasses()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 8, 16);
        std::mt19937 rng(2);
        for (int i = 0; i < 24; ++i)
            QVERIFY(TestData::writeFile(root + QString("/images/class0/extra%1.png").arg(i), TestData::patternPng(0, 16, 1, rng)));
        std::atomic_bool cancel{false};
        bool cancelled = false;
        const auto data = TrainingData::prepare(
            configFor(root, 1), cancel, {}, [](const QString&) {}, &cancelled);
        QVERIFY(data);
        const auto counts = data->classCounts();
        const auto weights = data->classWeights();
        QCOMPARE(counts[0], 24.0); // 32 images, 25 % held out for validation
        QCOMPARE(counts[1], 6.0);  // 8 images
        QVERIFY(qAbs(weights[1] / weights[0] - 4.0f) < 1e-4f);
        QVERIFY(qAbs((weights[0] + weights[1]) / 2 - 1.0f) < 1e-5f);

        TrainingConfig config = configFor(root, 2);
        config.classWeights = true;
        config.labelSmoothing = 0.1;
        config.weightDecay = 0.01;
        config.augment = true;
        Trainer trainer;
        const TrainingResult result = trainer.run(config);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.epochsCompleted, 2);
    }

    void resumeContinuesFromTheCheckpointsEpoch()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 30, 16);
        TrainingConfig config = configFor(root, 4, 8);
        Trainer first;
        connect(&first, &Trainer::batchFinished, &first, [&](const BatchStats& s) {
            if (s.epoch == 3)
                first.requestCancel();
        });
        const TrainingResult stopped = first.run(config);
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.epochsCompleted, 2);

        TrainingConfig resume;
        resume.resumeRunDir = stopped.runDir;
        Trainer second;
        QVector<int> epochs;
        connect(&second, &Trainer::epochFinished, &second, [&](const EpochStats& e) { epochs << e.epoch; });
        const TrainingResult resumed = second.run(resume);
        QVERIFY2(resumed.ok(), qPrintable(resumed.error));
        QCOMPARE(epochs, QVector<int>({3, 4}));
        QCOMPARE(resumed.runDir, QDir(stopped.runDir).absolutePath());
        QCOMPARE(resumed.epochsCompleted, 4);
        QCOMPARE(RunFolder::readHistory(resumed.runDir).size(), 4);
        const QJsonArray records = RunFolder::readEpochs(resumed.runDir);
        QCOMPARE(records.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(records[i].toObject().value("epoch").toInt(), i + 1);
        QCOMPARE(ModelInfo::load(RunFolder::infoPath(resumed.runDir))->status, RunStatus::Complete);
        QVERIFY(resumed.best.valAccuracy > 0.8);
    }

    void lrFinderSearchesThePretrainedNetwork()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 20, 16);
        // A timm-named ImageNet ResNet-18 (1,000 classes), and one with a wrong stem.
        torch::manual_seed(5);
        ResNet reference(18, 3, 1000);
        const SafeTensors::NamedTensors good = ModelWeights::namedState(reference);
        SafeTensors::NamedTensors bad = good;
        for (auto& [name, tensor] : bad)
            if (name == "conv1.weight")
                tensor = torch::zeros({64, 1, 7, 7});
        QVERIFY(SafeTensors::save(tmp.filePath("good.safetensors"), good));
        QVERIFY(SafeTensors::save(tmp.filePath("bad.safetensors"), bad));

        TrainingConfig config = configFor(root, 2, 8);
        config.arch = "resnet18";
        config.freezeEpochs = 1;
        config.pretrained = tmp.filePath("bad.safetensors");
        LrFinder failing;
        const LrFinderResult refused = failing.run(config);
        QVERIFY2(refused.error.contains("conv1.weight"), qPrintable(refused.error));

        config.pretrained = tmp.filePath("good.safetensors");
        LrFinder finder;
        const LrFinderResult result = finder.run(config);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.ok());
        QVERIFY(result.suggestion >= 1e-7 && result.suggestion <= 10);
    }

    void lrFinderSearchesTheFrozenPhaseAsItTrains()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 3, 16, 32, 3);
        // One batch holds the whole training set, so the search's first loss (before any step)
        // does not depend on the order: it is the starting network's loss on the training set.
        TrainingConfig config = configFor(root, 3, 1024);
        config.arch = "resnet18";
        config.freezeEpochs = 1;
        std::atomic_bool never{false};
        bool cancelled = false;
        auto data = TrainingData::prepare(
            config, never, [](int, int) {}, [](const QString&) {}, &cancelled);
        QVERIFY2(data, qPrintable(data.error()));
        torch::manual_seed(config.seed);
        auto model = ModelFactory::create(data->info);
        QVERIFY(model);
        const c10::Device device = ComputeDevice::device(); // where the finder runs (same kernels)
        model.value()->to(device);
        std::vector<int64_t> all(size_t(data->train.count()));
        std::iota(all.begin(), all.end(), 0);
        const auto [x, y] = data->trainBatch(all, data->info, nullptr);
        auto loss = [&, x = x.to(device), y = y.to(device)](bool batchStatistics) {
            torch::NoGradGuard noGrad;
            model.value()->train(batchStatistics);
            return torch::nn::functional::cross_entropy(model.value()->forward(x), y, data->lossOptions(config, device)).item<double>();
        };
        const double kept = loss(false), trained = loss(true);
        QVERIFY2(qAbs(kept - trained) > 1e-2, qPrintable(QString("%1 vs %2").arg(kept).arg(trained))); // told apart
        auto firstLoss = [](const LrFinderResult& r) { return r.losses.isEmpty() ? qQNaN() : r.losses.first(); };

        // By default the frozen epochs train the head on cached features, batch norm as loaded:
        // the finder searches that, on features it computes once, without augmentation (as the
        // frozen epochs compute them) even where training augments.
        config.augment = true;
        LrFinder cachedFinder;
        const LrFinderResult cached = cachedFinder.run(config);
        QVERIFY2(cached.ok(), qPrintable(cached.error));
        QVERIFY2(cached.searched.contains("pooled features"), qPrintable(cached.searched));
        QVERIFY(cached.forwardSecondsPerImage > 0 && cached.featureSeconds > 0);
        QVERIFY2(qAbs(firstLoss(cached) - kept) < 1e-4 * qMax(1.0, kept), qPrintable(QString("%1 vs %2").arg(firstLoss(cached)).arg(kept)));

        // Batches smaller than the set: the search reshuffles the features it computed once.
        TrainingConfig small = config;
        small.batchSize = 8;
        LrFinder smallFinder;
        const LrFinderResult smallBatches = smallFinder.run(small);
        QVERIFY2(smallBatches.ok(), qPrintable(smallBatches.error));
        QVERIFY(smallBatches.lrs.size() > 10);
        // Every epoch frozen is no fine-tuning for the trainer (its last epoch unfreezes); the
        // finder counts alike, and with one epoch searches the whole network.
        TrainingConfig oneEpoch = config;
        oneEpoch.epochs = 1;
        LrFinder oneEpochFinder;
        const LrFinderResult unfrozen = oneEpochFinder.run(oneEpoch);
        QVERIFY2(unfrozen.ok(), qPrintable(unfrozen.error));
        QVERIFY2(unfrozen.searched.isEmpty(), qPrintable(unfrozen.searched));

        // The whole network every batch, batch norm kept: the same starting loss, no features.
        config.augment = false;
        config.cacheFeatures = false;
        config.frozenBatchNorm = "keep";
        LrFinder keptFinder;
        const LrFinderResult whole = keptFinder.run(config);
        QVERIFY2(whole.ok(), qPrintable(whole.error));
        QVERIFY(whole.searched.contains("statistics kept"));
        QCOMPARE(whole.forwardSecondsPerImage, -1.0);
        QVERIFY2(qAbs(firstLoss(whole) - kept) < 1e-4 * qMax(1.0, kept), qPrintable(QString("%1 vs %2").arg(firstLoss(whole)).arg(kept)));

        // fastai's way: batch norm layers train, on each batch's statistics.
        config.frozenBatchNorm = "train";
        LrFinder trainFinder;
        const LrFinderResult fastai = trainFinder.run(config);
        QVERIFY2(fastai.ok(), qPrintable(fastai.error));
        QVERIFY(fastai.searched.contains("batch norm layers trained"));
        QVERIFY2(qAbs(firstLoss(fastai) - trained) < 1e-4 * qMax(1.0, trained),
                 qPrintable(QString("%1 vs %2").arg(firstLoss(fastai)).arg(trained)));
    }

    void frozenLayersStayPutWhileTheHeadLearns()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 20, 16);
        TrainingConfig config = configFor(root, 2, 8);
        config.arch = "vgg";
        config.freezeEpochs = 1;
        Trainer trainer;
        connect(&trainer, &Trainer::batchFinished, &trainer, [&](const BatchStats& s) {
            if (s.epoch == 2)
                trainer.requestCancel();
        });
        const TrainingResult result = trainer.run(config);
        QCOMPARE(result.epochsCompleted, 1);

        // The same seed builds the same initial network.
        ModelInfo info = *ModelInfo::load(RunFolder::infoPath(result.runDir));
        torch::manual_seed(config.seed);
        auto initial = ModelFactory::create(info);
        QVERIFY(initial);
        auto params = initial.value()->named_parameters();
        const auto after = SafeTensors::load(RunFolder::checkpointPath(result.runDir));
        QVERIFY2(after, qPrintable(after.error()));
        int frozenChecked = 0, learned = 0;
        for (const auto& [name, value] : after.value()) {
            if (name.rfind("model.", 0) != 0 || !params.contains(name.substr(6)))
                continue;
            const std::string key = name.substr(6);
            const bool same = torch::equal(value, params[key]);
            const bool isConv = key.find("features.") == 0 && params[key].dim() == 4;
            if (isConv) {
                QVERIFY2(same, key.c_str());
                ++frozenChecked;
            } else if (key.find("head.") == 0 || params[key].dim() == 1) {
                learned += !same; // head and BatchNorm parameters train
            }
        }
        QVERIFY(frozenChecked >= 6);
        QVERIFY(learned >= 4);
    }

    void frozenEpochsOnCachedFeaturesMatchTheWholeNetwork()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 3, 16, 32, 3);
        TrainingConfig config = configFor(root, 3, 8);
        config.arch = "resnet18";
        config.freezeEpochs = 2;
        // Each run stops as the unfrozen epoch starts: its checkpoint holds the frozen phase's end.
        auto frozenPhase = [&](const TrainingConfig& c, QStringList* log, QVector<EpochStats>* epochs) {
            Trainer trainer;
            connect(&trainer, &Trainer::warning, &trainer, [&](const QString& w) { *log << w; });
            connect(&trainer, &Trainer::epochFinished, &trainer, [&](const EpochStats& e) { *epochs << e; });
            connect(&trainer, &Trainer::batchFinished, &trainer, [&](const BatchStats& s) {
                if (s.epoch == 3)
                    trainer.requestCancel();
            });
            return trainer.run(c);
        };
        QStringList cachedLog, wholeLog;
        QVector<EpochStats> cachedEpochs, wholeEpochs;
        const TrainingResult cached = frozenPhase(config, &cachedLog, &cachedEpochs);
        QCOMPARE(cached.epochsCompleted, 2);
        QVERIFY2(cachedLog.join('\n').contains("ran once over the 48 image"), qPrintable(cachedLog.join('\n')));
        TrainingConfig whole = config;
        whole.cacheFeatures = false;
        whole.frozenBatchNorm = "keep";
        const TrainingResult reference = frozenPhase(whole, &wholeLog, &wholeEpochs);
        QCOMPARE(reference.epochsCompleted, 2);
        QVERIFY(!wholeLog.join('\n').contains("ran once"));
        for (int e = 0; e < 2; ++e) {
            QVERIFY2(qAbs(cachedEpochs[e].trainLoss - wholeEpochs[e].trainLoss) < 1e-4,
                     qPrintable(QString("%1 vs %2").arg(cachedEpochs[e].trainLoss).arg(wholeEpochs[e].trainLoss)));
            QVERIFY(qAbs(cachedEpochs[e].valLoss - wholeEpochs[e].valLoss) < 1e-4);
        }
        // The same head weights; the backbone, its batch norm statistics included, as it started.
        const auto a = SafeTensors::load(RunFolder::checkpointPath(cached.runDir));
        const auto b = SafeTensors::load(RunFolder::checkpointPath(reference.runDir));
        QVERIFY(a && b);
        torch::manual_seed(config.seed);
        auto initial = ModelFactory::create(*ModelInfo::load(RunFolder::infoPath(cached.runDir)));
        QVERIFY(initial);
        auto start = initial.value()->named_parameters();
        for (const auto& buffer : initial.value()->named_buffers())
            start.insert(buffer.key(), buffer.value());
        int heads = 0, kept = 0;
        for (size_t i = 0; i < a->size(); ++i) {
            const auto& [name, value] = (*a)[i];
            if (name.rfind("model.", 0) != 0)
                continue;
            QCOMPARE((*b)[i].first, name);
            QVERIFY2(torch::allclose(value, (*b)[i].second, 1e-4, 1e-5), name.c_str());
            const std::string key = name.substr(6);
            if (key.rfind("fc.", 0) == 0) {
                QVERIFY(!torch::equal(value, start[key]));
                ++heads;
            } else if (start.contains(key)) {
                QVERIFY2(torch::equal(value, start[key]), key.c_str());
                ++kept;
            }
        }
        QCOMPARE(heads, 2);
        QVERIFY(kept > 100); // weights, batch norm parameters and running statistics
        const auto info = ModelInfo::load(RunFolder::infoPath(cached.runDir));
        QVERIFY(info->training.value("frozen_phase").toString().contains("kept as loaded"));

        // Without stopping, the unfrozen epoch then trains the whole network as usual.
        Trainer trainer;
        const TrainingResult full = trainer.run(config);
        QVERIFY2(full.ok(), qPrintable(full.error));
        QCOMPARE(full.epochsCompleted, 3);
        QVERIFY(std::isfinite(full.last.trainLoss));
        const auto after = SafeTensors::load(RunFolder::weightsPath(full.runDir));
        QVERIFY(after);
        int changed = 0;
        for (const auto& [name, value] : *after)
            changed += start.contains(name) && name.rfind("fc.", 0) != 0 && !torch::equal(value, start[name]);
        QVERIFY2(changed > 50, qPrintable(QString::number(changed)));
    }

    void progressiveResizingChangesTheInputSizeMidRun()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 20, 24);
        TrainingConfig config = configFor(root, 0, 8);
        config.arch = "vgg";
        config.sizes = TrainingConfig::parseSizes("12:1,24:1");
        QCOMPARE(config.totalEpochs(), 2);
        Trainer trainer;
        QStringList warnings;
        connect(&trainer, &Trainer::warning, &trainer, [&](const QString& w) { warnings << w; });
        const TrainingResult result = trainer.run(config);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.epochsCompleted, 2);
        QVERIFY2(warnings.join('\n').contains("24×24"), qPrintable(warnings.join('\n')));
        QCOMPARE(ModelInfo::load(RunFolder::infoPath(result.runDir))->imageSize, 24);
        QVERIFY(Predictor::load(result.runDir).value()->predictFile(TestData::imagesBelow(root + "/images").first()).ok());

        config.arch = "small-cnn"; // a fixed-size network cannot
        QVERIFY(trainer.run(config).error.contains("progressive resizing"));
        QVERIFY(TrainingConfig::parseSizes("64:2,x").isEmpty());
    }

    void controllerTrainsOnItsOwnThread()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 20, 16);
        TrainingController controller;
        QSignalSpy finished(&controller, &TrainingController::finished);
        QSignalSpy epochs(&controller, &TrainingController::epochFinished);
        controller.start(configFor(root, 2));
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(epochs.count(), 2);
        QVERIFY(!controller.isRunning());
        const auto result = finished.first().first().value<TrainingResult>();
        QCOMPARE(result.epochsCompleted, 2);
    }

    void destroyingTheControllerMidRunStopsCleanly()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 60, 16);
        auto* controller = new TrainingController;
        QSignalSpy batches(controller, &TrainingController::batchFinished);
        controller->start(configFor(root, 50, 2));
        QVERIFY(batches.wait(30000));
        delete controller; // cancels and joins the thread; must neither hang nor crash
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
