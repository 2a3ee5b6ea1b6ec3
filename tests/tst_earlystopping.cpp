#include "training/earlystopping.h"

#include <QtTest>

#include <cmath>

using namespace picta;

class TestEarlyStopping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lossStopsAfterPatienceAndRemembersTheBest()
    {
        EarlyStopping s(EarlyStopping::Monitor::ValLoss, 2);
        QVERIFY(s.update(1, 1.0));
        QVERIFY(s.update(2, 0.5));
        QVERIFY(!s.update(3, 0.6));
        QVERIFY(!s.shouldStop());
        QVERIFY(!s.update(4, 0.55));
        QVERIFY(s.shouldStop());
        QCOMPARE(s.bestEpoch(), 2);
        QCOMPARE(s.bestValue(), 0.5);
    }

    void accuracyImprovesUpwardsAndNaNNeverImproves()
    {
        EarlyStopping s(EarlyStopping::Monitor::ValAccuracy, 1, 0.01);
        QVERIFY(s.update(1, 0.80));
        QVERIFY(!s.update(2, 0.805)); // within min_delta
        QVERIFY(s.shouldStop());
        EarlyStopping n(EarlyStopping::Monitor::ValLoss, 3);
        QVERIFY(!n.update(1, std::nan("")));
        QVERIFY(n.update(2, 2.0));
    }

    void patienceZeroNeverStops()
    {
        EarlyStopping s(EarlyStopping::Monitor::ValLoss, 0);
        s.update(1, 1.0);
        for (int e = 2; e < 50; ++e)
            s.update(e, 2.0);
        QVERIFY(!s.shouldStop());
        QCOMPARE(s.bestEpoch(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEarlyStopping)
#include "tst_earlystopping.moc"
