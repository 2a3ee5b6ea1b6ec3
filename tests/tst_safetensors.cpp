#include "models/safetensors.h"
#include "models/smallcnn.h"
#include "models/modelweights.h"

#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <torch/torch.h>

using namespace picta;

namespace {

QByteArray withHeader(const QByteArray& json, const QByteArray& data)
{
    QByteArray out(8, '\0');
    qToLittleEndian<quint64>(quint64(json.size()), out.data());
    return out + json + data;
}

} // namespace

class TestSafeTensors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsNamesDtypesShapesAndValues()
    {
        torch::manual_seed(0);
        SafeTensors::NamedTensors tensors = {
            {"conv.weight", torch::randn({4, 3, 3, 3})},
            {"double", torch::randn({2, 5}, torch::kFloat64)},
            {"half", torch::randn({7}).to(torch::kFloat16)},
            {"bfloat", torch::randn({3, 2}).to(torch::kBFloat16)},
            {"steps", torch::tensor({int64_t(1) << 40}, torch::kInt64)},
            {"ints", torch::arange(6, torch::kInt32).view({2, 3})},
            {"bytes", torch::arange(10, torch::kUInt8)},
            {"mask", torch::tensor({true, false, true})},
            {"scalar", torch::tensor(3.5f)},
            {"empty", torch::empty({0, 4})},
            {"strided", torch::arange(12, torch::kFloat32).view({3, 4}).t()}, // not contiguous
        };
        QTemporaryDir tmp;
        const QString path = tmp.filePath("w.safetensors");
        QVERIFY(SafeTensors::save(path, tensors, {{"format", "pt"}}));

        SafeTensors::Metadata metadata;
        const auto loaded = SafeTensors::load(path, &metadata);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(metadata.value("format"), QString("pt"));
        QCOMPARE(loaded->size(), tensors.size());
        std::map<std::string, torch::Tensor> byName(loaded->begin(), loaded->end());
        for (const auto& [name, original] : tensors) {
            QVERIFY2(byName.count(name), name.c_str());
            const torch::Tensor& t = byName[name];
            QCOMPARE(t.scalar_type(), original.scalar_type());
            QCOMPARE(t.sizes().vec(), original.sizes().vec());
            QVERIFY2(torch::equal(t, original.contiguous()), name.c_str());
        }
    }

    void headerIsAlignedAndReadableByOtherTools()
    {
        const QByteArray bytes = SafeTensors::serialize({{"a", torch::ones({3})}});
        const quint64 n = qFromLittleEndian<quint64>(bytes.constData());
        QCOMPARE(n % 8, quint64(0));
        QCOMPARE(qsizetype(8 + n + 12), bytes.size());
        QVERIFY(bytes.mid(8, int(n)).contains("\"dtype\":\"F32\""));

        // Bytes as the reference implementation writes them.
        const float values[2] = {1.5f, -2.0f};
        const QByteArray file
            = withHeader(R"({"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", QByteArray(reinterpret_cast<const char*>(values), 8));
        const auto parsed = SafeTensors::parse(file, "ref");
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed->at(0).second[1].item<float>(), -2.0f);
    }

    void malformedFilesAreRejectedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray eight(8, '\x01');
        QTest::newRow("too short") << QByteArray("abc") << "shorter";
        QByteArray huge(8, '\0');
        qToLittleEndian<quint64>(quint64(1) << 40, huge.data());
        QTest::newRow("header length beyond file") << (huge + "{}") << "exceeds";
        QTest::newRow("not json") << withHeader("{nope", {}) << "JSON";
        QTest::newRow("unknown dtype") << withHeader(R"({"x":{"dtype":"F7","shape":[1],"data_offsets":[0,1]}})", "a") << "unknown dtype";
        QTest::newRow("offsets outside") << withHeader(R"({"x":{"dtype":"U8","shape":[16],"data_offsets":[0,16]}})", eight) << "outside";
        QTest::newRow("size mismatch") << withHeader(R"({"x":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", eight) << "needs";
        QTest::newRow("negative shape") << withHeader(R"({"x":{"dtype":"U8","shape":[-1],"data_offsets":[0,8]}})", eight)
                                        << "invalid shape";
        QTest::newRow("overlap") << withHeader(
            R"({"x":{"dtype":"U8","shape":[8],"data_offsets":[0,8]},"y":{"dtype":"U8","shape":[4],"data_offsets":[4,8]}})", eight)
                                 << "overlaps";
        QTest::newRow("trailing bytes") << withHeader(R"({"x":{"dtype":"U8","shape":[4],"data_offsets":[0,4]}})", eight)
                                        << "after the last";
        QTest::newRow("bad metadata") << withHeader(R"({"__metadata__":{"a":1}})", {}) << "metadata";
    }

    void malformedFilesAreRejectedWithAReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto parsed = SafeTensors::parse(bytes, "bad.safetensors");
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains("bad.safetensors") && parsed.error().contains(expected, Qt::CaseInsensitive),
                 qPrintable(parsed.error()));
    }

    void modelWeightsRoundTripAndMismatchReport()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath("m.safetensors");
        torch::manual_seed(1);
        SmallCnn a(1, 28, 4);
        QVERIFY(ModelWeights::save(a, path));
        torch::manual_seed(2);
        SmallCnn b(1, 28, 4);
        QVERIFY(!torch::equal(a.named_parameters()["conv1.weight"], b.named_parameters()["conv1.weight"]));
        const Status loaded = ModelWeights::load(b, path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        for (const auto& p : a.named_parameters())
            QVERIFY(torch::equal(p.value(), b.named_parameters()[p.key()]));

        SmallCnn wrong(1, 28, 5); // another class count: the head does not fit
        const Status refused = ModelWeights::load(wrong, path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains("head.weight") && refused.error().contains("shape"), qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(TestSafeTensors)
#include "tst_safetensors.moc"
