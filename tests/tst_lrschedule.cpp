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

    void namesRoundTrip()
    {
        for (const QString& name : LrSchedule::names())
            QCOMPARE(LrSchedule::name(*LrSchedule::parse(name)), name);
        QVERIFY(!LrSchedule::parse("triangular"));
    }
};

QTEST_GUILESS_MAIN(TestLrSchedule)
#include "tst_lrschedule.moc"
