#include "training/epochplan.h"
#include "training/lrschedule.h"

#include <QtTest>

using namespace picta;

class TestLrSchedule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneCycleAtChosenSteps()
    {
        const double lr = 1e-2;
        const LrSchedule s(LrSchedule::Kind::OneCycle, lr, 1000);
        QCOMPARE(s.learningRate(0), lr / 25.0);                           // warm-up starts at lr/25
        QVERIFY(qAbs(s.learningRate(125) - (lr / 25 + lr) / 2) < 1e-12);  // half-way up the cosine
        QVERIFY(qAbs(s.learningRate(250) - lr) < 1e-12);                  // the peak at 25 %
        QVERIFY(qAbs(s.learningRate(625) - (lr + lr / 1e5) / 2) < 1e-12); // half-way down
        QVERIFY(qAbs(s.learningRate(1000) - lr / 1e5) < 1e-15);           // the end
        QCOMPARE(s.beta1(0), 0.95);
        QVERIFY(qAbs(s.beta1(250) - 0.85) < 1e-12);
        QVERIFY(qAbs(s.beta1(1000) - 0.95) < 1e-12);
        for (int step = 1; step < 250; ++step)
            QVERIFY(s.learningRate(step) > s.learningRate(step - 1));
        for (int step = 251; step <= 1000; ++step)
            QVERIFY(s.learningRate(step) < s.learningRate(step - 1));
    }

    void constantAndCosine()
    {
        const LrSchedule constant(LrSchedule::Kind::Constant, 3e-4, 10);
        QCOMPARE(constant.learningRate(0), 3e-4);
        QCOMPARE(constant.learningRate(9), 3e-4);
        QCOMPARE(constant.beta1(5), 0.9);
        const LrSchedule cosine(LrSchedule::Kind::Cosine, 1.0, 100);
        QCOMPARE(cosine.learningRate(0), 1.0);
        QVERIFY(qAbs(cosine.learningRate(50) - 0.5) < 1e-12);
        QVERIFY(qAbs(cosine.learningRate(100)) < 1e-12);
    }

    // A run's plan: fastai's fine_tune (frozen epochs at lr, then lr/2 with rates spread over the
    // layer groups), the steps per rank, and the sizes of progressive resizing.
    void epochPlanOfAFineTune()
    {
        TrainingConfig config;
        config.epochs = 5;
        config.freezeEpochs = 2;
        config.batchSize = 32;
        config.learningRate = 1e-3;
        const EpochPlan plan(config, LrSchedule::Kind::OneCycle, 100, 3);
        QCOMPARE(plan.epochs(), 5);
        QCOMPARE(plan.frozenEpochs(), 2);
        QCOMPARE(plan.batchesPerEpoch(), 4); // ⌈100 ÷ 32⌉
        QCOMPARE(plan.totalSteps(), 20);
        QVERIFY(plan.frozen(2) && !plan.frozen(3));
        const EpochPass::Phase frozen = plan.phase(1), unfrozen = plan.phase(3);
        QCOMPARE(frozen.offset, 0);
        QCOMPARE(frozen.schedule->totalSteps(), 8);
        QCOMPARE(frozen.multipliers, std::vector<double>{1.0});
        const double peak = LrSchedule(LrSchedule::Kind::OneCycle, 1e-3, 8).learningRate(2);
        QCOMPARE(frozen.schedule->learningRate(2), peak);
        QCOMPARE(unfrozen.offset, 8);
        QCOMPARE(unfrozen.schedule->totalSteps(), 12);
        QCOMPARE(unfrozen.schedule->learningRate(3), LrSchedule(LrSchedule::Kind::OneCycle, 5e-4, 12).learningRate(3));
        QCOMPARE(unfrozen.multipliers.size(), size_t(3));
        QVERIFY(qAbs(unfrozen.multipliers[0] - 0.01) < 1e-12 && qAbs(unfrozen.multipliers[1] - 0.1) < 1e-12);
        QCOMPARE(unfrozen.multipliers[2], 1.0);

        // Frozen for all epochs is clamped: the last one trains everything.
        config.freezeEpochs = 9;
        QCOMPARE(EpochPlan(config, LrSchedule::Kind::Constant, 100, 3).frozenEpochs(), 4);
        // Not fine-tuning: one schedule at lr over every step, equal rates; 3 ranks share 100 images.
        config.freezeEpochs = 0;
        const EpochPlan plain(config, LrSchedule::Kind::Constant, (100 + 2) / 3, 2);
        QCOMPARE(plain.batchesPerEpoch(), 2); // ⌈34 ÷ 32⌉
        QCOMPARE(plain.phase(1).schedule->totalSteps(), 10);
        QCOMPARE(plain.phase(1).schedule->learningRate(0), 1e-3);
        QCOMPARE(plain.phase(1).multipliers, (std::vector<double>{1.0, 1.0}));
    }

    void epochPlanSizes()
    {
        TrainingConfig config;
        config.imageSize = 0; // the project's
        QCOMPARE(EpochPlan::sizeOf(config, 1), 0);
        config.sizes = {{64, 2}, {128, 3}};
        QCOMPARE(config.totalEpochs(), 5);
        const QVector<int> expected{64, 64, 128, 128, 128};
        for (int e = 1; e <= 5; ++e)
            QCOMPARE(EpochPlan::sizeOf(config, e), expected[e - 1]);
    }

    void namesRoundTrip()
    {
        for (const QString& name : LrSchedule::names())
            QCOMPARE(LrSchedule::name(*LrSchedule::parse(name)), name);
        QVERIFY(!LrSchedule::parse("triangular"));
    }
};

QTEST_GUILESS_MAIN(TestLrSchedule)
#include "tst_lrschedule.moc"
