// Writes the seed corpora of the fuzz targets: make_seeds OUT_DIR → OUT_DIR/<target>/seed-N.
// Real files made by the same libraries Picta reads them with (OpenCV's encoders, our own
// safetensors and JSON writers), so that fuzzing starts from inputs that reach deep code.
#include "models/modelcatalog.h"
#include "data/storeindex.h"
#include "models/modelinfo.h"
#include "models/safetensors.h"
#include "training/runfolder.h"
#include "training/trainingtypes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgcodecs.hpp>

#include <torch/torch.h>

#include <zlib.h>

#include <cstdio>

namespace {

QString g_out;

void seed(const QString& target, const QByteArray& bytes)
{
    static QMap<QString, int> counts;
    QDir().mkpath(g_out + '/' + target);
    QFile f(QStringLiteral("%1/%2/seed-%3").arg(g_out, target).arg(counts[target]++, 3, 10, QLatin1Char('0')));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "make_seeds: cannot write %s\n", qPrintable(f.fileName()));
        std::exit(1);
    }
}

QByteArray encode(const char* ext, const cv::Mat& image, const std::vector<int>& params = {})
{
    std::vector<uchar> bytes;
    cv::imencode(ext, image, bytes, params);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()));
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray zipOf(const QList<QPair<QByteArray, QByteArray>>& entries, bool compress)
{
    QByteArray out, directory;
    auto le16 = [](QByteArray& b, quint16 v) { b.append(char(v & 0xff)).append(char(v >> 8)); };
    auto le32 = [&](QByteArray& b, quint32 v) {
        le16(b, quint16(v & 0xffff));
        le16(b, quint16(v >> 16));
    };
    for (const auto& [name, data] : entries) {
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
        QByteArray stored = data;
        if (compress) { // raw deflate, as zip stores it
            z_stream z{};
            deflateInit2(&z, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
            stored.resize(int(deflateBound(&z, uLong(data.size()))));
            z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
            z.avail_in = uInt(data.size());
            z.next_out = reinterpret_cast<Bytef*>(stored.data());
            z.avail_out = uInt(stored.size());
            deflate(&z, Z_FINISH);
            stored.resize(int(z.total_out));
            deflateEnd(&z);
        }
        const quint32 offset = quint32(out.size());
        le32(out, 0x04034b50);
        le16(out, 20);
        le16(out, 0);
        le16(out, compress ? 8 : 0);
        le16(out, 0);
        le16(out, 0);
        le32(out, crc);
        le32(out, quint32(stored.size()));
        le32(out, quint32(data.size()));
        le16(out, quint16(name.size()));
        le16(out, 0);
        out += name + stored;
        le32(directory, 0x02014b50);
        le16(directory, 20);
        le16(directory, 20);
        le16(directory, 0);
        le16(directory, compress ? 8 : 0);
        le16(directory, 0);
        le16(directory, 0);
        le32(directory, crc);
        le32(directory, quint32(stored.size()));
        le32(directory, quint32(data.size()));
        le16(directory, quint16(name.size()));
        le16(directory, 0);
        le16(directory, 0);
        le16(directory, 0);
        le16(directory, 0);
        le32(directory, 0);
        le32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, quint16(entries.size()));
    le16(out, quint16(entries.size()));
    le32(out, quint32(directory.size()));
    le32(out, directoryOffset);
    le16(out, 0);
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_seeds OUT_DIR\n");
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    using namespace picta;

    // Images: every format and depth the decoder takes, small.
    cv::Mat rgb(12, 9, CV_8UC3), gray(7, 11, CV_8UC1), rgba(6, 6, CV_8UC4), deep(5, 8, CV_16UC1);
    cv::randu(rgb, 0, 255);
    cv::randu(gray, 0, 255);
    cv::randu(rgba, 0, 255);
    cv::randu(deep, 0, 65535);
    seed("image", encode(".png", rgb));
    seed("image", encode(".png", gray));
    seed("image", encode(".png", rgba));
    seed("image", encode(".png", deep));
    seed("image", encode(".jpg", rgb, {cv::IMWRITE_JPEG_QUALITY, 60}));
    seed("image", encode(".jpg", gray));
    seed("image", encode(".jpg", rgb, {cv::IMWRITE_JPEG_PROGRESSIVE, 1}));
    seed("image", encode(".bmp", rgb));
    seed("image", encode(".webp", rgb));
    seed("image", encode(".webp", rgba, {cv::IMWRITE_WEBP_QUALITY, 101}));
    seed("image", encode(".tiff", rgb));
    seed("image", encode(".pgm", gray));
    seed("image", encode(".ppm", rgb));
    seed("image",
         QByteArray("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
                    "\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;",
                    43));

    // Safetensors: the dtypes and shapes Picta writes, with metadata.
    seed("safetensors", SafeTensors::serialize({{"w", torch::randn({3, 2})}, {"b", torch::zeros({2})}}, {{"format", "pt"}}));
    seed("safetensors", SafeTensors::serialize({{"step", torch::tensor({7}, torch::kInt64)}, {"u", torch::ones({2, 2}, torch::kUInt8)}}));
    seed("safetensors",
         SafeTensors::serialize({{"h", torch::ones({4}, torch::kFloat16)}, {"d", torch::ones({1, 1, 1}, torch::kFloat64)}},
                                {{"epoch", "2"}, {"step", "14"}}));
    seed("safetensors", SafeTensors::serialize({}));

    // model.json for each architecture, with its training settings.
    for (const ArchitectureInfo& arch : ModelCatalog::all()) {
        ModelInfo info;
        info.arch = arch.name;
        info.inputChannels = arch.pretrainedId.isEmpty() ? 1 : 3;
        info.imageSize = std::max(arch.minImageSize, 16);
        info.mean.assign(size_t(info.inputChannels), 0.5f);
        info.std.assign(size_t(info.inputChannels), 0.25f);
        info.classes = QStringList{"cat", "dog", "bird"};
        info.status = RunStatus::Complete;
        info.epochs = 3;
        info.epochsCompleted = 3;
        info.weightsSha256 = QString(64, 'a');
        TrainingConfig config;
        config.arch = arch.name;
        config.sizes = {{16, 2}, {32, 1}};
        info.training = config.toJson();
        seed("modelinfo", json(info.toJson()));
    }

    // Store indexes as DecodedStore writes them, less the SHA-256 the fuzz target appends.
    {
        const StoreIndex::Shape shape{8, 3, 192, QStringLiteral("/images:42")};
        StoreIndex index;
        index.pixelsName = QStringLiteral("pixels-3.bin");
        index.rowCount = 3;
        seed("storeindex", index.serialise(shape).chopped(32));
        index.entries = {{QStringLiteral("cat/a.png"), 100, 1700000000000, 1700000000001, 7, 2, 9},
                         {QStringLiteral("dog/b c.jpg"), 5, 1, 2, 3, 0, 4}};
        seed("storeindex", index.serialise(shape).chopped(32));
    }

    // Project files, the first byte choosing which (see fuzz_projectfiles.cpp).
    auto projectFile = [](char which, const QByteArray& content) { seed("projectfiles", QByteArray(1, which) + content); };
    projectFile(0,
                json({{"format", 1},
                      {"name", "p"},
                      {"images_dir", "images"},
                      {"classes", QJsonArray{"cat", "dog"}},
                      {"image_size", 64},
                      {"split", QJsonObject{{"validation_fraction", 0.2}, {"seed", 42}}},
                      {"settings", QJsonObject{}}}));
    projectFile(0,
                json({{"format", 1},
                      {"images_dir", "."},
                      {"classes", QJsonArray{"images"}},
                      {"split", QJsonObject{{"validation_prefix", "val_"}}}}));
    projectFile(1, json({{"from", "cat"}, {"to", "kitten"}}));
    projectFile(2,
                "file,sha256,url,provider,license,creator,original_width,original_height,imported,landing_page,license_url,term\n"
                "images/cat/a.png,abc,\"https://x/a,b.png\",openverse,cc-by,\"A \"\"B\"\"\",10,20,2026-01-01T00:00:00Z,,,cat\n");
    projectFile(2, "file,sha256\nimages/cat/a.png,00\n");
    projectFile(3,
                json({{"version", 1},
                      {"entries",
                       QJsonArray{QJsonObject{{"file", "images/cat/a.png"},
                                              {"run", "r"},
                                              {"predicted", "dog"},
                                              {"truth", "cat"},
                                              {"time", "2026-01-01T00:00:00Z"}}}}}));
    projectFile(4,
                json({{"items",
                       QJsonArray{QJsonObject{{"id", "q1"},
                                              {"original", "images/cat/a.png"},
                                              {"stored", "q1-a.png"},
                                              {"reason", "duplicate"},
                                              {"when", "2026-01-01T00:00:00Z"}}}}}));
    EpochStats e;
    e.epoch = 1;
    e.trainLoss = 0.5;
    e.valAccuracy = 0.75;
    projectFile(5, RunFolder::historyCsv({e, e}));
    projectFile(6,
                RunFolder::epochsJson(QJsonArray{
                    QJsonObject{{"epoch", 1}, {"val_accuracy", 0.5}, {"confusion", QJsonArray{QJsonArray{1, 0}, QJsonArray{0, 1}}}}}));
    projectFile(7, json({{"files", QJsonArray{"model.json", "history.csv"}}}));

    // Zip archives: stored and deflated, a folder per class.
    const QByteArray png = encode(".png", gray);
    seed("zip", zipOf({{"cats/a.png", png}, {"dogs/b.png", png}}, false));
    seed("zip", zipOf({{"data/cats/a.png", png}, {"data/readme.txt", "hello"}}, true));
    seed("zip", zipOf({}, false));

    // API answers: the first byte chooses the provider (0 Openverse, 1 Wikimedia, 2 iNaturalist, 3 Reddit).
    auto api = [](char provider, const QJsonObject& body) { seed("apiresponses", QByteArray(1, provider) + json(body)); };
    api(0,
        {{"result_count", 2},
         {"page_count", 3},
         {"results",
          QJsonArray{QJsonObject{{"url", "https://x/a.jpg"},
                                 {"foreign_landing_url", "https://x/a"},
                                 {"title", "A"},
                                 {"width", 640},
                                 {"height", 480},
                                 {"license", "by-sa"},
                                 {"license_version", "4.0"},
                                 {"license_url", "https://cc/by-sa"},
                                 {"creator", "C"}}}}});
    api(1,
        {{"continue", QJsonObject{{"gsroffset", 20}, {"continue", "gsroffset||"}}},
         {"query",
          QJsonObject{{"pages",
                       QJsonObject{{"12",
                                    QJsonObject{{"index", 1},
                                                {"title", "File:A.jpg"},
                                                {"imageinfo",
                                                 QJsonArray{QJsonObject{
                                                     {"url", "https://x/A.jpg"},
                                                     {"thumburl", "https://x/t/A.jpg"},
                                                     {"mime", "image/jpeg"},
                                                     {"width", 4000},
                                                     {"height", 3000},
                                                     {"descriptionurl", "https://x/File:A.jpg"},
                                                     {"extmetadata",
                                                      QJsonObject{{"LicenseShortName", QJsonObject{{"value", "CC BY 4.0"}}},
                                                                  {"Artist", QJsonObject{{"value", "<a href=\"x\">Me</a>"}}}}}}}}}}}}}}});
    api(2,
        {{"total_results", 40},
         {"results",
          QJsonArray{
              QJsonObject{{"uri", "https://x/o/7"},
                          {"species_guess", "Fox"},
                          {"photos",
                           QJsonArray{QJsonObject{
                               {"url", "https://x/p/square.jpg"}, {"license_code", "cc-by-nc"}, {"attribution", "(c) someone"}}}}}}}});
    api(3,
        {{"data",
          QJsonObject{
              {"after", "t3_x"},
              {"children",
               QJsonArray{
                   QJsonObject{
                       {"kind", "t3"},
                       {"data",
                        QJsonObject{
                            {"post_hint", "image"}, {"url", "https://i/x.jpg"}, {"permalink", "/r/x/1"}, {"title", "T"}, {"author", "u"}}}},
                   QJsonObject{
                       {"kind", "t3"},
                       {"data",
                        QJsonObject{{"is_gallery", true},
                                    {"media_metadata",
                                     QJsonObject{{"a", QJsonObject{{"s", QJsonObject{{"u", "https://p/a.jpg?x=1&amp;y=2"}}}}}}}}}}}}}}});
    std::printf("make_seeds: seeds written to %s\n", argv[1]);
    return 0;
}
