#include "data/batchloader.h"

#include <QtTest>

#include <torch/torch.h>

#include <stdexcept>

using namespace picta;

namespace {

BatchLoader::Batch rowsAsBatch(const std::vector<int64_t>& rows)
{
    const torch::Tensor index = torch::tensor(rows, torch::kInt64);
    return {index.to(torch::kFloat32), index};
}

} // namespace

class TestBatchLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void servesEveryRowOnceInOrder()
    {
        BatchLoader loader(rowsAsBatch);
        std::vector<int64_t> order = {5, 3, 9, 0, 1, 7, 2};
        for (int epoch = 0; epoch < 2; ++epoch) {
            loader.startEpoch(order, 3);
            QCOMPARE(loader.batchCount(), 3);
            std::vector<int64_t> seen;
            while (auto batch = loader.next())
                for (int64_t i = 0; i < batch->labels.size(0); ++i)
                    seen.push_back(batch->labels[i].item<int64_t>());
            QCOMPARE(seen, order);
        }
    }

    void stopEndsTheEpochEarly()
    {
        BatchLoader loader(rowsAsBatch, 1);
        std::vector<int64_t> order(1000);
        std::iota(order.begin(), order.end(), 0);
        loader.startEpoch(order, 1);
        QVERIFY(loader.next());
        loader.stop();
        QVERIFY(!loader.next());
    }

    void producerExceptionsReachTheConsumer()
    {
        int calls = 0;
        BatchLoader loader([&](const std::vector<int64_t>& rows) {
            if (++calls == 2)
                throw std::runtime_error("decode failed");
            return rowsAsBatch(rows);
        });
        loader.startEpoch({0, 1, 2, 3}, 1);
        QVERIFY(loader.next());
        bool thrown = false;
        try {
            while (loader.next()) { }
        } catch (const std::runtime_error& e) {
            thrown = QString(e.what()) == "decode failed";
        }
        QVERIFY(thrown);
    }
};

QTEST_GUILESS_MAIN(TestBatchLoader)
#include "tst_batchloader.moc"
