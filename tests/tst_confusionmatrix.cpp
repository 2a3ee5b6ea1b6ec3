#include "training/confusionmatrix.h"

#include <QtTest>

using namespace picta;

class TestConfusionMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void metricsMatchAHandComputedCase()
    {
        // truth\pred  a  b  c
        //   a         5  1  0
        //   b         2  3  1
        //   c         0  0  4
        ConfusionMatrix m(3);
        m.add(0, 0, 5);
        m.add(0, 1, 1);
        m.add(1, 0, 2);
        m.add(1, 1, 3);
        m.add(1, 2, 1);
        m.add(2, 2, 4);
        QCOMPARE(m.total(), 16);
        QCOMPARE(m.accuracy(), 12.0 / 16.0);
        const auto metrics = m.perClass({"a", "b", "c"});
        QCOMPARE(metrics[0].precision, 5.0 / 7.0);
        QCOMPARE(metrics[0].recall, 5.0 / 6.0);
        QVERIFY(qAbs(metrics[0].f1 - 2 * (5.0 / 7) * (5.0 / 6) / (5.0 / 7 + 5.0 / 6)) < 1e-12);
        QCOMPARE(metrics[1].precision, 3.0 / 4.0);
        QCOMPARE(metrics[1].recall, 3.0 / 6.0);
        QCOMPARE(metrics[2].precision, 4.0 / 5.0);
        QCOMPARE(metrics[2].recall, 1.0);
        QCOMPARE(metrics[1].support, 6);
        const auto confused = m.mostConfused(2);
        QCOMPARE(confused.size(), 2);
        QCOMPARE(confused[0][0], 1); // b taken for a, twice
        QCOMPARE(confused[0][1], 0);
        QCOMPARE(confused[0][2], 2);
    }

    void jsonAndCsvRoundTrip()
    {
        ConfusionMatrix m(2);
        m.add(0, 1, 3);
        m.add(1, 1, 4);
        const ConfusionMatrix back = ConfusionMatrix::fromJson(m.toJson());
        QCOMPARE(back.at(0, 1), 3);
        QCOMPARE(back.at(1, 1), 4);
        const QString csv = m.toCsv({"cat", "say \"hi\""});
        QVERIFY(csv.startsWith("true\\predicted,\"cat\",\"say \"\"hi\"\"\"\n"));
        QVERIFY(csv.contains("\"cat\",0,3\n"));
        const QJsonObject json = m.metricsJson({"cat", "dog"});
        QCOMPARE(json.value("per_class").toObject().value("dog").toObject().value("support").toInt(), 4);
    }

    void emptyClassesDoNotDivideByZero()
    {
        ConfusionMatrix m(3);
        m.add(0, 0);
        const auto metrics = m.perClass({"a", "b", "c"});
        QCOMPARE(metrics[1].precision, 0.0);
        QCOMPARE(metrics[1].f1, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestConfusionMatrix)
#include "tst_confusionmatrix.moc"
