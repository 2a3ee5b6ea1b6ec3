#include "imaging/augmenter.h"

#include <QtTest>

#include <torch/torch.h>

using namespace picta;

class TestAugmenter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsShapeAndRangeAndVaries()
    {
        torch::manual_seed(0);
        const torch::Tensor images = torch::rand({16, 3, 24, 24});
        Augmenter augmenter(7);
        const torch::Tensor a = augmenter.apply(images);
        const torch::Tensor b = augmenter.apply(images);
        QCOMPARE(a.sizes().vec(), images.sizes().vec());
        QVERIFY(a.min().item<float>() >= 0.0f);
        QVERIFY(a.max().item<float>() <= 1.0f);
        QVERIFY(!torch::allclose(a, images));
        QVERIFY(!torch::allclose(a, b)); // fresh randomness each batch
    }

    void sameSeedSameResult()
    {
        const torch::Tensor images = torch::rand({4, 1, 16, 16});
        Augmenter first(3), second(3);
        QVERIFY(torch::equal(first.apply(images), second.apply(images)));
    }

    void identityOptionsLeaveImagesAlone()
    {
        Augmenter::Options none;
        none.minArea = 1.0;
        none.maxAspect = 1.0;
        none.maxRotation = 0;
        none.flip = false;
        none.brightness = 0;
        none.contrast = 0;
        const torch::Tensor images = torch::rand({4, 1, 16, 16});
        Augmenter augmenter(none, 1);
        QVERIFY(torch::allclose(augmenter.apply(images), images, 1e-5, 1e-5));
    }
};

QTEST_GUILESS_MAIN(TestAugmenter)
#include "tst_augmenter.moc"
