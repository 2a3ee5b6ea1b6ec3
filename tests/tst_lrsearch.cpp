#include "models/smallcnn.h"
#include "training/lrfinderresult.h"
#include "training/lrsearch.h"

#include <QtTest>

#include <torch/torch.h>

using namespace picta;

class TestLrSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void suggestsARateInRangeAndRestoresTheWeights()
    {
        torch::manual_seed(0);
        // A learnable synthetic problem: the class is which half of the image is bright.
        const torch::Tensor labels = torch::randint(0, 2, {512}, torch::kInt64);
        torch::Tensor images = torch::randn({512, 1, 16, 16}) * 0.3;
        images.index_put_({labels.eq(0), torch::indexing::Slice(), torch::indexing::Slice(0, 8)}, 1.0);
        images.index_put_({labels.eq(1), torch::indexing::Slice(), torch::indexing::Slice(8, 16)}, 1.0);
        SmallCnn model(1, 16, 2);
        std::vector<torch::Tensor> before;
        for (const auto& p : model.parameters())
            before.push_back(p.detach().clone());

        int64_t cursor = 0;
        auto next = [&]() -> LrSearch::Batch {
            const int64_t start = (cursor++ * 32) % 512;
            return {images.slice(0, start, start + 32), labels.slice(0, start, start + 32)};
        };
        const LrFinderResult result = LrSearch::run(model, next, {}, LrSearch::Options());
        QVERIFY(result.ok());
        QVERIFY(result.lrs.size() > 20);
        QVERIFY(result.lrs.size() <= 100);
        QCOMPARE(result.lrs.first(), 1e-7);
        for (int i = 1; i < result.lrs.size(); ++i)
            QVERIFY(result.lrs[i] > result.lrs[i - 1]);
        QVERIFY2(result.suggestion >= 1e-6 && result.suggestion <= 1.0, qPrintable(QString::number(result.suggestion)));
        QCOMPARE(result.suggestion, result.valley);
        QVERIFY(result.steep > 1e-7 && result.minimum > 1e-8);

        const auto after = model.parameters();
        for (size_t i = 0; i < after.size(); ++i)
            QVERIFY(torch::equal(after[i], before[i]));
    }

    void valleyOnAKnownCurve()
    {
        LrFinderResult r;
        // Loss flat, then falling from 1e-4 to 1e-1, then exploding.
        for (int i = 0; i < 100; ++i) {
            const double lr = 1e-7 * std::pow(1e8, i / 99.0);
            r.lrs << lr;
            const double x = std::log10(lr);
            r.losses << (x < -4 ? 2.0 : x < -1 ? 2.0 - (x + 4) * 0.6 : 0.2 + (x + 1) * 3);
        }
        r.suggest();
        QVERIFY2(r.valley > 1e-4 && r.valley < 1e-1, qPrintable(QString::number(r.valley)));
        QVERIFY2(r.minimum > 1e-3 && r.minimum < 2e-2, qPrintable(QString::number(r.minimum)));
    }
};

QTEST_GUILESS_MAIN(TestLrSearch)
#include "tst_lrsearch.moc"
