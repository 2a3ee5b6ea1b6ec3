#include "models/convrelupool.h"
#include "models/modelinfo.h"
#include "models/modelcatalog.h"
#include "models/pretrainedweights.h"
#include "models/mobilenet.h"
#include "models/resnet.h"
#include "models/safetensors.h"
#include "testdata.h"
#include "training/trainer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <torch/torch.h>

using namespace picta;
using namespace picta::test;

namespace {

// A ResNet-18 state dict as timm and torchvision name it, built from their naming rules alone
// (not from our module), with random values: what resnet18.a1_in1k's model.safetensors holds.
SafeTensors::NamedTensors timmResNet18(int classes = 1000)
{
    SafeTensors::NamedTensors t;
    auto bn = [&](const std::string& prefix, int64_t c) {
        t.push_back({prefix + ".weight", torch::rand({c})});
        t.push_back({prefix + ".bias", torch::rand({c})});
        t.push_back({prefix + ".running_mean", torch::rand({c})});
        t.push_back({prefix + ".running_var", torch::rand({c}) + 0.5});
    };
    t.push_back({"conv1.weight", torch::randn({64, 3, 7, 7})});
    bn("bn1", 64);
    int64_t in = 64;
    for (int layer = 1; layer <= 4; ++layer) {
        const int64_t planes = 64 << (layer - 1);
        for (int block = 0; block < 2; ++block) {
            const std::string p = "layer" + std::to_string(layer) + "." + std::to_string(block);
            t.push_back({p + ".conv1.weight", torch::randn({planes, block == 0 ? in : planes, 3, 3})});
            bn(p + ".bn1", planes);
            t.push_back({p + ".conv2.weight", torch::randn({planes, planes, 3, 3})});
            bn(p + ".bn2", planes);
            if (block == 0 && layer > 1) {
                t.push_back({p + ".downsample.0.weight", torch::randn({planes, in, 1, 1})});
                bn(p + ".downsample.1", planes);
            }
        }
        in = planes;
    }
    t.push_back({"fc.weight", torch::randn({classes, 512})});
    t.push_back({"fc.bias", torch::randn({classes})});
    return t;
}

// timm's mobilenetv2_100 names, from its arch_def (ds c16; ir e6: ×2 c24, ×3 c32, ×4 c64, ×3 c96,
// ×3 c160, ×1 c320) and its block classes' attribute names.
SafeTensors::NamedTensors timmMobileNetV2()
{
    SafeTensors::NamedTensors t;
    auto bn = [&](const std::string& prefix, int64_t c) {
        for (const char* name : {".weight", ".bias", ".running_mean", ".running_var"})
            t.push_back({prefix + name, torch::rand({c}) + 0.5});
    };
    t.push_back({"conv_stem.weight", torch::randn({32, 3, 3, 3})});
    bn("bn1", 32);
    t.push_back({"blocks.0.0.conv_dw.weight", torch::randn({32, 1, 3, 3})});
    bn("blocks.0.0.bn1", 32);
    t.push_back({"blocks.0.0.conv_pw.weight", torch::randn({16, 32, 1, 1})});
    bn("blocks.0.0.bn2", 16);
    const int channels[] = {24, 32, 64, 96, 160, 320}, repeats[] = {2, 3, 4, 3, 3, 1};
    int64_t in = 16;
    for (int stage = 1; stage <= 6; ++stage)
        for (int b = 0; b < repeats[stage - 1]; ++b) {
            const std::string p = "blocks." + std::to_string(stage) + "." + std::to_string(b);
            const int64_t mid = in * 6, out = channels[stage - 1];
            t.push_back({p + ".conv_pw.weight", torch::randn({mid, in, 1, 1})});
            bn(p + ".bn1", mid);
            t.push_back({p + ".conv_dw.weight", torch::randn({mid, 1, 3, 3})});
            bn(p + ".bn2", mid);
            t.push_back({p + ".conv_pwl.weight", torch::randn({out, mid, 1, 1})});
            bn(p + ".bn3", out);
            in = out;
        }
    t.push_back({"conv_head.weight", torch::randn({1280, 320, 1, 1})});
    bn("bn2", 1280);
    t.push_back({"classifier.weight", torch::randn({1000, 1280})});
    t.push_back({"classifier.bias", torch::randn({1000})});
    return t;
}

} // namespace

class TestPretrainedWeights : public QObject {
    Q_OBJECT

private Q_SLOTS:

    // SmallCnn's first block, convolved in chunks with only the pooled maps kept, computes what
    // autograd's composed operations compute: the same output, and the same gradients for the
    // images, the weights and the bias. 402 px and 403 px inputs make one image per chunk (so
    // three chunks are summed) and an odd plane whose last row and column the pooling drops.
    void convReluPoolMatchesTheComposedOperations_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<bool>("withBias");
        QTest::newRow("even, bias") << 402 << true;
        QTest::newRow("odd, no bias") << 403 << false;
        QTest::newRow("small, one chunk") << 28 << true;
    }
    void convReluPoolMatchesTheComposedOperations()
    {
        QFETCH(int, side);
        QFETCH(bool, withBias);
        torch::manual_seed(7);
        const auto opts = torch::TensorOptions().dtype(torch::kDouble);
        const torch::Tensor x0 = torch::randn({3, 3, side, side}, opts);
        const torch::Tensor w0 = torch::randn({30, 3, 3, 3}, opts) * 0.2;
        const torch::Tensor b0 = withBias ? torch::randn({30}, opts) * 0.1 : torch::Tensor();
        if (side > 100)
            QVERIFY(ConvReluPool::chunkImages(x0, w0) < x0.size(0));
        else
            QVERIFY(ConvReluPool::chunkImages(x0, w0) >= x0.size(0));
        const torch::Tensor weightOut = torch::randn({3, 30, (side - 2) / 2, (side - 2) / 2}, opts);

        auto run = [&](bool fused) {
            torch::Tensor x = x0.clone().requires_grad_(), w = w0.clone().requires_grad_();
            torch::Tensor b = withBias ? b0.clone().requires_grad_() : torch::Tensor();
            const torch::Tensor y = fused ? ConvReluPool::apply(x, w, b) : torch::max_pool2d(torch::relu(torch::conv2d(x, w, b)), 2);
            (y * weightOut).sum().backward();
            return std::vector<torch::Tensor>{y.detach(), x.grad(), w.grad(), withBias ? b.grad() : torch::zeros({1})};
        };
        const auto fused = run(true), composed = run(false);
        QCOMPARE(fused[0].sizes(), composed[0].sizes());
        for (size_t i = 0; i < fused.size(); ++i)
            QVERIFY2(torch::allclose(fused[i], composed[i], 1e-9, 1e-9), qPrintable(QString::number(i)));
        QVERIFY(fused[0].gt(0).any().item<bool>()); // a real mix of positive and clipped values
        QVERIFY(fused[0].eq(0).any().item<bool>());

        // Without gradients (inference), the same values and nothing to keep.
        torch::NoGradGuard noGrad;
        QVERIFY(torch::allclose(ConvReluPool::apply(x0, w0, b0), composed[0], 1e-12, 1e-12));
    }
    void timmResNet18MapsEveryTensor()
    {
        QTemporaryDir tmp;
        const auto file = timmResNet18();
        QCOMPARE(file.size(), size_t(102)); // 62 weights and biases, 40 BatchNorm statistics
        QVERIFY(SafeTensors::save(tmp.filePath("r18.safetensors"), file));
        torch::manual_seed(0);
        ResNet model(18, 3, 4);
        const torch::Tensor headBefore = model.named_parameters()["fc.weight"].clone();
        const auto report = PretrainedWeights::load(model, tmp.filePath("r18.safetensors"), ModelCatalog::find("resnet18")->headTensors);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.loaded, 100); // every tensor but the 1000-class head
        QVERIFY(report.missing.isEmpty());
        QVERIFY(report.unexpected.isEmpty());
        QCOMPARE(report.headKept, QStringList({"fc.weight", "fc.bias"}));
        auto params = model.named_parameters();
        auto buffers = model.named_buffers();
        for (const auto& [name, value] : file) {
            if (name.rfind("fc.", 0) == 0)
                continue;
            const torch::Tensor* mine = params.find(name) ? params.find(name) : buffers.find(name);
            QVERIFY2(mine, name.c_str());
            QVERIFY2(torch::equal(*mine, value), name.c_str());
        }
        QVERIFY(torch::equal(model.named_parameters()["fc.weight"], headBefore));
        QCOMPARE(model.forward(torch::rand({2, 3, 64, 64})).sizes().vec(), std::vector<int64_t>({2, 4}));
    }

    void timmMobileNetV2MapsEveryTensor()
    {
        QTemporaryDir tmp;
        const auto file = timmMobileNetV2();
        QCOMPARE(file.size(), size_t(262));
        QVERIFY(SafeTensors::save(tmp.filePath("mnv2.safetensors"), file));
        MobileNet model(MobileNet::Variant::V2, 3, 7);
        const auto report
            = PretrainedWeights::load(model, tmp.filePath("mnv2.safetensors"), ModelCatalog::find("mobilenetv2")->headTensors);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.loaded, 260);
        QVERIFY(report.unexpected.isEmpty());
        auto params = model.named_parameters();
        auto buffers = model.named_buffers();
        for (const auto& [name, value] : file) {
            if (name.rfind("classifier.", 0) == 0)
                continue;
            const torch::Tensor* mine = params.find(name) ? params.find(name) : buffers.find(name);
            QVERIFY2(mine && torch::equal(*mine, value), name.c_str());
        }
        QCOMPARE(model.forward(torch::rand({2, 3, 64, 64})).sizes().vec(), std::vector<int64_t>({2, 7}));
        QCOMPARE(model.layerGroups().size(), size_t(5));
    }

    // Parameter counts of timm's (and torchvision's) 1000-class models, and tensors named and
    // shaped as in timm's mobilenetv3_large_100 and efficientnet_b0 state dicts.
    void mobileNetV3AndEfficientNetMatchTimm_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<qint64>("parameters");
        QTest::addColumn<int>("tensors"); // weights, biases and BatchNorm statistics
        QTest::addColumn<QStringList>("shapes");
        QTest::newRow("mobilenetv3_large_100") << int(MobileNet::Variant::V3Large) << qint64(5483032) << 266
                                               << QStringList{"conv_stem.weight 16,3,3,3",
                                                              "blocks.0.0.conv_dw.weight 16,1,3,3",
                                                              "blocks.0.0.conv_pw.weight 16,16,1,1",
                                                              "blocks.1.0.conv_pw.weight 64,16,1,1",
                                                              "blocks.1.1.conv_pw.weight 72,24,1,1",
                                                              "blocks.2.0.conv_dw.weight 72,1,5,5",
                                                              "blocks.2.0.se.conv_reduce.weight 24,72,1,1",
                                                              "blocks.2.1.se.conv_reduce.bias 32",
                                                              "blocks.3.2.conv_pw.weight 184,80,1,1",
                                                              "blocks.4.1.se.conv_expand.weight 672,168,1,1",
                                                              "blocks.5.2.se.conv_reduce.weight 240,960,1,1",
                                                              "blocks.6.0.conv.weight 960,160,1,1",
                                                              "blocks.6.0.bn1.running_var 960",
                                                              "conv_head.weight 1280,960,1,1",
                                                              "conv_head.bias 1280",
                                                              "classifier.weight 1000,1280"};
        QTest::newRow("efficientnet_b0") << int(MobileNet::Variant::EfficientNetB0) << qint64(5288548) << 311
                                         << QStringList{"conv_stem.weight 32,3,3,3",
                                                        "blocks.0.0.conv_dw.weight 32,1,3,3",
                                                        "blocks.0.0.se.conv_reduce.weight 8,32,1,1",
                                                        "blocks.0.0.conv_pw.weight 16,32,1,1",
                                                        "blocks.1.0.se.conv_reduce.weight 4,96,1,1",
                                                        "blocks.2.1.conv_dw.weight 240,1,5,5",
                                                        "blocks.5.3.conv_dw.weight 1152,1,5,5",
                                                        "blocks.5.3.se.conv_expand.bias 1152",
                                                        "blocks.6.0.conv_pwl.weight 320,1152,1,1",
                                                        "conv_head.weight 1280,320,1,1",
                                                        "bn2.running_mean 1280",
                                                        "classifier.bias 1000"};
    }

    void mobileNetV3AndEfficientNetMatchTimm()
    {
        QFETCH(int, variant);
        QFETCH(qint64, parameters);
        QFETCH(int, tensors);
        QFETCH(QStringList, shapes);
        MobileNet model(MobileNet::Variant(variant), 3, 1000);
        qint64 count = 0;
        for (const auto& p : model.parameters())
            count += p.numel();
        QCOMPARE(count, parameters);
        int named = int(model.named_parameters().size());
        for (const auto& b : model.named_buffers())
            named += b.key().find("num_batches_tracked") == std::string::npos;
        QCOMPARE(named, tensors);
        auto params = model.named_parameters();
        auto buffers = model.named_buffers();
        for (const QString& line : shapes) {
            const std::string name = line.section(' ', 0, 0).toStdString();
            const torch::Tensor* t = params.find(name) ? params.find(name) : buffers.find(name);
            QVERIFY2(t, name.c_str());
            QStringList dims;
            for (int64_t d : t->sizes())
                dims << QString::number(d);
            QCOMPARE(dims.join(','), line.section(' ', 1));
        }
        model.eval();
        QCOMPARE(model.forward(torch::rand({2, 3, 64, 64})).sizes().vec(), std::vector<int64_t>({2, 1000}));
    }

    void mobileNetV3LoadsItsOwnSafetensors()
    {
        // Every tensor of a timm-named file loads into a fresh network: the names round-trip.
        QTemporaryDir tmp;
        torch::manual_seed(1);
        MobileNet source(MobileNet::Variant::V3Large, 3, 1000);
        SafeTensors::NamedTensors file;
        for (const auto& p : source.named_parameters())
            file.push_back({p.key(), p.value().detach()});
        for (const auto& b : source.named_buffers())
            if (b.key().find("num_batches_tracked") == std::string::npos)
                file.push_back({b.key(), b.value()});
        QVERIFY(SafeTensors::save(tmp.filePath("mnv3.safetensors"), file));
        MobileNet target(MobileNet::Variant::V3Large, 3, 5);
        const auto report
            = PretrainedWeights::load(target, tmp.filePath("mnv3.safetensors"), ModelCatalog::find("mobilenetv2")->headTensors);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.loaded, int(file.size()) - 2);
        QVERIFY(torch::equal(target.named_parameters()["blocks.2.0.se.conv_reduce.weight"],
                             source.named_parameters()["blocks.2.0.se.conv_reduce.weight"]));
    }

    void mismatchesAreNamed()
    {
        QTemporaryDir tmp;
        auto file = timmResNet18();
        for (auto& [name, value] : file)
            if (name == "layer3.1.conv2.weight")
                value = torch::randn({256, 256, 1, 1});
        file.erase(std::remove_if(file.begin(), file.end(), [](const auto& t) { return t.first == "layer4.0.bn1.running_var"; }),
                   file.end());
        QVERIFY(SafeTensors::save(tmp.filePath("bad.safetensors"), file));
        ResNet model(18, 3, 4);
        const auto report = PretrainedWeights::load(model, tmp.filePath("bad.safetensors"), ModelCatalog::find("resnet18")->headTensors);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains("layer3.1.conv2.weight") && report.error.contains("layer4.0.bn1.running_var"),
                 qPrintable(report.error));
        ResNet other(34, 3, 4); // a deeper network lacks its extra blocks in the file
        QVERIFY(!PretrainedWeights::load(other, tmp.filePath("bad.safetensors"), ModelCatalog::find("resnet18")->headTensors).ok());
    }

    void trainingStartsFromThePretrainedFile()
    {
        QTemporaryDir tmp;
        QVERIFY(SafeTensors::save(tmp.filePath("r18.safetensors"), timmResNet18()));
        const QString root = TestData::makeProject(tmp.filePath("p"), 2, 8, 32, 1);
        TrainingConfig config;
        config.projectDir = root;
        config.arch = "resnet18";
        config.epochs = 1;
        config.batchSize = 8;
        config.pretrained = tmp.filePath("r18.safetensors");
        config.freezeEpochs = 0;
        Trainer trainer;
        QStringList warnings;
        connect(&trainer, &Trainer::warning, &trainer, [&](const QString& w) { warnings << w; });
        const TrainingResult result = trainer.run(config);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(warnings.join(' ').contains("100 tensor"), qPrintable(warnings.join(' ')));
        const auto info = ModelInfo::load(result.runDir + "/model.json");
        QCOMPARE(info->inputChannels, 3); // gray images, RGB backbone
        QCOMPARE(info->mean[0], 0.485f);
        QCOMPARE(info->mean, PretrainedWeights::imagenetMean()); // the backbone's normalisation
        QCOMPARE(info->std, PretrainedWeights::imagenetStd());
    }
};

QTEST_GUILESS_MAIN(TestPretrainedWeights)
#include "tst_pretrainedweights.moc"
