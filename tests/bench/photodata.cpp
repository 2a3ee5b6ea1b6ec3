// bench_photodata: the data path of training on photographs at 224 px — files → batches of
// normalised float tensors — Picta against PyTorch + torchvision in the same run.
//
// The photos are made here: crops of 800–2,000 px from the wallpapers that Debian's
// mate-backgrounds (or ukui-wallpapers) package ships, written as JPEGs (quality 90) into three
// class folders. Then, each for --rounds rounds:
//   - Picta, first epoch: the decoded-image store built from nothing (reduced JPEG decoding,
//     area resize, centre crop, CRC, write), then one epoch of batches read from it;
//   - Picta, later epochs: batches of 64 in random order read from the store on disk (the path
//     of a dataset over the memory budget; the page cache holds the rows) and from memory;
//   - Picta without reduced decoding (full-size decode + resize), to show what it brings;
//   - PyTorch: tests/bench/peer_data.py (ImageFolder + PIL Resize/CenterCrop, DataLoader with
//     2 workers), two epochs, which decode every image every epoch.
//
//   bench_photodata [--images 600] [--rounds 3] [--size 224] [--threads 2] [--python /usr/bin/python3]
//                   [--peer tests/bench/peer_data.py] [--photos /usr/share/backgrounds]
//
// With --memory N, instead: N small photos (320–480 px crops, so that making them is quick) are
// trained on by the small CNN at 224 px RGB for two epochs with a memory budget of 0, so every
// batch is read from the store on disk (N = 50,000 is 7.5 GB decoded), and the process's peak
// resident memory (VmHWM) is reported; then, on the first --fits images (a set that fits the
// default budget), the same two epochs in memory and from disk, whose second epochs are compared.
//
// With --fine-tune N, instead: fastai-shaped fine-tuning of ResNet-18 (random weights: speed does
// not depend on them) on N photos at 224 px, --frozen epochs then --unfrozen, no validation split:
// Picta (frozen epochs on cached features) against tests/bench/peer_finetune.py (the full forward
// pass every frozen batch), epoch by epoch and end to end.
#include "data/decodedstore.h"
#include "imaging/imagedecoder.h"
#include "imaging/imagetensor.h"
#include "project/project.h"
#include "training/computedevice.h"
#include "training/trainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>

using namespace picta;

namespace {

QStringList findPhotos(const QStringList& roots)
{
    QStringList photos;
    for (const QString& root : roots) {
        QDirIterator it(root, {"*.jpg", "*.jpeg", "*.png", "*.JPG"}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            photos << it.next();
    }
    std::sort(photos.begin(), photos.end());
    return photos;
}

// Writes `count` JPEG crops (800–2,000 px on the longer side, or 320–480 px when `small`) into
// root/images/<class>/.
bool makePhotos(const QStringList& sources, const QString& root, int count, bool small = false)
{
    std::vector<cv::Mat> images;
    for (const QString& s : sources) {
        cv::Mat m = cv::imread(s.toStdString(), cv::IMREAD_COLOR);
        if (!m.empty() && std::min(m.cols, m.rows) >= 800)
            images.push_back(m);
        if (images.size() >= 24)
            break;
    }
    if (images.empty())
        return false;
    const QStringList classes{"dawn", "forest", "sea"};
    for (const QString& c : classes)
        QDir().mkpath(QDir(root).filePath("images/" + c));
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    QtConcurrent::blockingMap(&pool, order, [&](int i) {
        std::mt19937 local(unsigned(i) * 7919u + 1u);
        const cv::Mat& source = images[size_t(i) % images.size()];
        const int longer
            = small ? std::uniform_int_distribution<int>(320, 480)(local) : std::uniform_int_distribution<int>(800, 2000)(local);
        const double aspect = std::uniform_real_distribution<double>(0.6, 1.0)(local);
        cv::Mat scaled;
        const double scale = double(longer) / std::max(source.cols, source.rows) * 1.15;
        cv::resize(source, scaled, cv::Size(), scale, scale, cv::INTER_AREA);
        const int w = std::min(scaled.cols, source.cols >= source.rows ? longer : int(longer * aspect));
        const int h = std::min(scaled.rows, source.cols >= source.rows ? int(longer * aspect) : longer);
        const int x = std::uniform_int_distribution<int>(0, scaled.cols - w)(local);
        const int y = std::uniform_int_distribution<int>(0, scaled.rows - h)(local);
        std::vector<uchar> jpeg;
        cv::imencode(".jpg", scaled(cv::Rect(x, y, w, h)), jpeg, {cv::IMWRITE_JPEG_QUALITY, 90});
        QFile file(QDir(root).filePath(QStringLiteral("images/%1/%2.jpg").arg(classes[i % 3]).arg(i, 5, 10, QLatin1Char('0'))));
        if (file.open(QIODevice::WriteOnly))
            file.write(reinterpret_cast<const char*>(jpeg.data()), qint64(jpeg.size()));
    });
    return true;
}

// One epoch of normalised batches in random order from `gather`; returns images/s.
template <typename Gather> double epoch(int64_t n, int batch, Gather gather)
{
    std::vector<int64_t> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937_64(5));
    const std::vector<float> mean{0.485f, 0.456f, 0.406f}, std{0.229f, 0.224f, 0.225f};
    QElapsedTimer timer;
    timer.start();
    double checksum = 0;
    for (int64_t start = 0; start < n; start += batch) {
        const std::vector<int64_t> rows(order.begin() + start, order.begin() + std::min<int64_t>(n, start + batch));
        const torch::Tensor x = ImageTensor::normalise(gather(rows), mean, std);
        checksum += x[0][0][0][0].item<float>();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    return checksum == 12345.678 ? 0 : double(n) / seconds; // keeps the work from being optimised away
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Resets the peak resident memory (Linux ≥ 4.0: "5" to clear_refs), so that the next
// peakResidentMb() is the peak of what runs in between.
void resetPeak()
{
    QFile refs("/proc/self/clear_refs");
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

// The process's peak resident memory so far, in MB (VmHWM).
double peakResidentMb()
{
    QFile status("/proc/self/status");
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

struct TwoEpochs {
    double first = 0, second = 0; // images/s of each training pass
    QString storage;
    bool ok = false;
};

TwoEpochs trainTwoEpochs(const QString& root, int size, int threads, qint64 budget, int epochs = 2)
{
    TrainingConfig config;
    config.projectDir = root;
    config.arch = "small-cnn";
    config.imageSize = size;
    config.channels = 3;
    config.epochs = epochs;
    config.batchSize = 64;
    config.threads = threads;
    config.memoryCacheLimit = budget;
    config.validationFraction = 0.02;
    Trainer trainer;
    TwoEpochs out;
    QObject::connect(&trainer, &Trainer::epochFinished,
                     [&](const EpochStats& e) { (e.epoch == 1 ? out.first : out.second) = e.imagesPerSecond; });
    QObject::connect(&trainer, &Trainer::warning, [&](const QString& w) {
        if (w.contains("Decoded images: "))
            out.storage = w;
    });
    const TrainingResult result = trainer.run(config);
    out.ok = result.ok();
    if (!out.ok)
        std::fprintf(stderr, "training failed: %s\n", qPrintable(result.error));
    return out;
}

int fineTuneMode(const QStringList& sources, int count, int size, int threads, int frozen, int unfrozen, const QString& python,
                 const QString& peer)
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath("tune");
    auto project = Project::create(root, "tune");
    if (!project || !makePhotos(sources, root, count))
        return 2;
    project->setClasses({"dawn", "forest", "sea"});
    if (!project->save())
        return 2;
    std::printf("host: %s, %d threads; ResNet-18 at %d px on %d JPEGs of 800-2000 px, %d frozen + %d unfrozen epochs, batch 64\n",
                qPrintable(QSysInfo::prettyProductName()), threads, size, count, frozen, unfrozen);
    std::fflush(stdout);
    TrainingConfig config;
    config.projectDir = root;
    config.arch = "resnet18";
    config.imageSize = size;
    config.channels = 3;
    config.freezeEpochs = frozen;
    config.epochs = frozen + unfrozen;
    config.batchSize = 64;
    config.threads = threads;
    config.weightDecay = 0.01;
    config.validationFraction = 0;
    Trainer trainer;
    std::vector<double> picta;
    QObject::connect(&trainer, &Trainer::epochFinished, [&](const EpochStats& e) { picta.push_back(e.seconds); });
    const TrainingResult result = trainer.run(config);
    if (!result.ok()) {
        std::fprintf(stderr, "Picta failed: %s\n", qPrintable(result.error));
        return 1;
    }
    QElapsedTimer wall;
    wall.start();
    QProcess process;
    process.start(python,
                  {peer, "--root", project->imagesDir(), "--size", QString::number(size), "--workers", QString::number(threads),
                   "--threads", QString::number(threads), "--frozen", QString::number(frozen), "--unfrozen", QString::number(unfrozen)});
    process.waitForFinished(-1);
    const double peerWall = wall.nsecsElapsed() / 1e9;
    const QJsonArray epochs
        = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed().split('\n').last()).object().value("epoch_seconds").toArray();
    if (process.exitCode() != 0 || epochs.size() != frozen + unfrozen) {
        std::fprintf(stderr, "PyTorch peer failed: %s\n", process.readAllStandardError().constData());
        return 1;
    }
    std::printf("Picta: decoding into the store %.1f s (before epoch 1)\n", result.prepareSeconds);
    double pictaLater = 0, peerLater = 0;
    for (int e = 0; e < frozen + unfrozen; ++e) {
        const double p = e == 0 ? picta[0] + result.prepareSeconds : picta[size_t(e)];
        std::printf("  epoch %d (%s): Picta %.2f s, PyTorch %.2f s  = %.1fx\n", e + 1, e < frozen ? "frozen" : "unfrozen", p,
                    epochs[e].toDouble(), epochs[e].toDouble() / p);
        if (e > 0 && e < frozen) {
            pictaLater += p;
            peerLater += epochs[e].toDouble();
        }
    }
    if (frozen > 1)
        std::printf("frozen epochs after the first: Picta %.2f s, PyTorch %.2f s  = %.0fx\n", pictaLater, peerLater,
                    peerLater / pictaLater);
    std::printf("end to end: Picta %.1f s (whole run), PyTorch %.1f s (process, imports included)  = %.2fx\n", result.seconds, peerWall,
                peerWall / result.seconds);
    return 0;
}

int memoryMode(const QStringList& sources, int count, int fits, int size, int threads)
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath("many");
    auto project = Project::create(root, "many");
    if (!project || !makePhotos(sources, root, count, /*small=*/true))
        return 2;
    project->setClasses({"dawn", "forest", "sea"});
    if (!project->save())
        return 2;
    std::printf("host: %s, %d threads; %d JPEGs of 320-480 px, small-cnn at %d px RGB, batch 64\n",
                qPrintable(QSysInfo::prettyProductName()), threads, count, size);
    std::printf("peak resident memory while making the photos: %.0f MB\n", peakResidentMb());
    std::fflush(stdout);
    resetPeak();
    const TwoEpochs disk = trainTwoEpochs(root, size, threads, 0, 1);
    if (!disk.ok)
        return 1;
    const double diskPeak = peakResidentMb();
    std::printf("%s\n  one epoch from disk: %.0f img/s; peak resident memory (store build, statistics, epoch, validation): %.0f MB\n",
                qPrintable(disk.storage), disk.first, diskPeak);
    std::fflush(stdout);
    if (fits <= 0)
        return 0;

    // A set that fits: the first `fits` images of each class in a project of their own.
    const QString subset = tmp.filePath("fits");
    auto small = Project::create(subset, "fits");
    if (!small)
        return 2;
    int copied = 0;
    for (const ImageEntry& e : project->images())
        if (copied < fits && QDir().mkpath(QFileInfo(QDir(small->imagesDir()).filePath(e.relativePath)).absolutePath())
            && QFile::copy(e.path, QDir(small->imagesDir()).filePath(e.relativePath)))
            ++copied;
    small->setClasses({"dawn", "forest", "sea"});
    (void)small->save();
    std::vector<double> memoryRates, diskRates;
    for (int round = 0; round < 3; ++round) {
        resetPeak();
        const TwoEpochs inMemory = trainTwoEpochs(subset, size, threads, qint64(2) << 30);
        const double memoryPeak = peakResidentMb();
        resetPeak();
        const TwoEpochs fromDisk = trainTwoEpochs(subset, size, threads, 0);
        const double smallDiskPeak = peakResidentMb();
        if (!inMemory.ok || !fromDisk.ok)
            return 1;
        memoryRates.push_back(inMemory.second);
        diskRates.push_back(fromDisk.second);
        std::printf("  %d images, second epoch: %.0f img/s in memory, %.0f from disk (%.3fx); peak resident memory %.0f MB in memory, "
                    "%.0f MB from disk\n",
                    copied, inMemory.second, fromDisk.second, fromDisk.second / inMemory.second, memoryPeak, smallDiskPeak);
        std::fflush(stdout);
    }
    std::printf("median second epoch from disk / in memory: %.3f\n", median(diskRates) / median(memoryRates));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"images", "Photos to make (default 600).", "N", "600"});
    parser.addOption({"rounds", "Rounds (default 3).", "N", "3"});
    parser.addOption({"size", "Input size (default 224).", "S", "224"});
    parser.addOption({"threads", "Threads for each side (default 2).", "N", "2"});
    parser.addOption({"python", "Python with python3-torch and python3-torchvision.", "PATH", "/usr/bin/python3"});
    parser.addOption({"peer", "The PyTorch peer script.", "FILE", QString(PICTA_SOURCE_DIR) + "/tests/bench/peer_data.py"});
    parser.addOption({"photos", "Folders of source photographs.", "DIRS", "/usr/share/backgrounds,/usr/share/ukui-wallpapers"});
    parser.addOption({"memory", "Train the small CNN on N small photos from disk and report the peak memory.", "N"});
    parser.addOption(
        {"fits", "With --memory: the images of the set that fits in memory (default 6000; 0: skip that comparison).", "N", "6000"});
    parser.addOption({"fine-tune", "Fine-tune ResNet-18 on N photos against PyTorch.", "N"});
    parser.addOption({"frozen", "With --fine-tune: frozen epochs (default 3).", "N", "3"});
    parser.addOption({"unfrozen", "With --fine-tune: unfrozen epochs (default 1).", "N", "1"});
    parser.process(app);
    const int count = parser.value("images").toInt();
    const int rounds = std::max(1, parser.value("rounds").toInt());
    const int size = parser.value("size").toInt();
    const int threads = std::max(1, parser.value("threads").toInt());
    ComputeDevice::configureThreads(threads);

    const QStringList sources = findPhotos(parser.value("photos").split(','));
    if (parser.isSet("fine-tune"))
        return fineTuneMode(sources, parser.value("fine-tune").toInt(), size, threads, parser.value("frozen").toInt(),
                            parser.value("unfrozen").toInt(), parser.value("python"),
                            QFileInfo(parser.value("peer")).absolutePath() + "/peer_finetune.py");
    if (parser.isSet("memory"))
        return memoryMode(sources, parser.value("memory").toInt(), parser.value("fits").toInt(), size, threads);
    QTemporaryDir tmp;
    const QString root = tmp.filePath("photos");
    auto project = Project::create(root, "photos");
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error()));
        return 2;
    }
    if (sources.isEmpty() || !makePhotos(sources, root, count)) {
        std::fprintf(stderr, "No photographs of 800 px or more under %s: install mate-backgrounds (apt install mate-backgrounds)\n",
                     qPrintable(parser.value("photos")));
        return 2;
    }
    project->setClasses({"dawn", "forest", "sea"});
    if (!project->save()) {
        std::fprintf(stderr, "cannot write the project\n");
        return 2;
    }
    const QVector<ImageEntry> entries = project->images();
    qint64 bytes = 0;
    for (const ImageEntry& e : entries)
        bytes += QFileInfo(e.path).size();
    std::printf("host: %s, %d cores used by each side; %d JPEGs of 800-2000 px (%.0f MB) from %d photographs, %d px RGB\n",
                qPrintable(QSysInfo::prettyProductName()), threads, int(entries.size()), bytes / 1e6,
                int(std::min<qsizetype>(24, sources.size())), size);

    const QString folder = DecodedStore::folderFor(root, size, 3);
    std::vector<double> cold, fullDecode, reducedDecode, warmDisk, warmMemory, peerFirst, peerLater;
    for (int round = 1; round <= rounds; ++round) {
        // Cold: the store from nothing, then one epoch from it.
        QDir(folder).removeRecursively();
        QElapsedTimer timer;
        timer.start();
        auto store = DecodedStore::open(folder, project->imagesDir(), size, 3);
        std::vector<int64_t> rows;
        const auto synced = store.value()->sync(entries, threads, nullptr, {}, &rows);
        if (!synced || synced->decoded != entries.size()) {
            std::fprintf(stderr, "store: %s\n", synced ? "images failed" : qPrintable(synced.error()));
            return 1;
        }
        const double buildSeconds = timer.nsecsElapsed() / 1e9;
        const DecodedStore& s = *store.value();
        // Image i of the epoch is row rows[i] of the store.
        auto fromStore = [&](const std::vector<int64_t>& r) {
            std::vector<int64_t> inStore(r.size());
            for (size_t i = 0; i < r.size(); ++i)
                inStore[i] = rows[size_t(r[i])];
            return s.gather(inStore);
        };
        const double firstEpoch = epoch(int64_t(rows.size()), 64, fromStore);
        cold.push_back(double(rows.size()) / (buildSeconds + double(rows.size()) / firstEpoch));
        reducedDecode.push_back(double(rows.size()) / buildSeconds);
        // Warm: later epochs, from the store on disk and from memory.
        warmDisk.push_back(epoch(int64_t(rows.size()), 64, fromStore));
        const torch::Tensor all = s.gather(rows);
        warmMemory.push_back(epoch(all.size(0), 64, [&](const std::vector<int64_t>& r) { return all.index_select(0, torch::tensor(r)); }));
        // Full-size decoding, as before this store: decode + area resize + crop, same threads.
        timer.restart();
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        QtConcurrent::blockingMap(&pool, entries, [&](const ImageEntry& e) {
            const auto image = ImageDecoder::decodeFile(e.path, ImageDecoder::Color::Rgb);
            if (image)
                (void)ImageTensor::fitSquare(*image, size);
        });
        fullDecode.push_back(double(entries.size()) / (timer.nsecsElapsed() / 1e9));

        QProcess peer;
        peer.start(parser.value("python"),
                   {parser.value("peer"), "--root", project->imagesDir(), "--size", QString::number(size), "--workers",
                    QString::number(threads), "--threads", QString::number(threads), "--epochs", "2"});
        peer.waitForFinished(-1);
        const QJsonObject result = QJsonDocument::fromJson(peer.readAllStandardOutput().trimmed().split('\n').last()).object();
        const QJsonArray rates = result.value("images_per_second").toArray();
        if (peer.exitCode() != 0 || rates.size() < 2) {
            std::fprintf(stderr, "PyTorch peer failed: %s\n", peer.readAllStandardError().constData());
            return 1;
        }
        peerFirst.push_back(rates[0].toDouble());
        peerLater.push_back(rates[1].toDouble());
        std::printf("round %d: Picta first epoch %.0f img/s (store built at %.0f img/s; full-size decoding %.0f img/s), later epochs "
                    "%.0f img/s from disk, %.0f from memory; PyTorch %.0f img/s first epoch, %.0f later\n",
                    round, cold.back(), reducedDecode.back(), fullDecode.back(), warmDisk.back(), warmMemory.back(), peerFirst.back(),
                    peerLater.back());
        std::fflush(stdout);
    }
    std::printf("\nmedians over %d rounds (images/s, files -> normalised batches of %d px):\n", rounds, size);
    std::printf("  decoding into the store: reduced JPEG decoding %.0f vs full-size %.0f  = %.2fx\n", median(reducedDecode),
                median(fullDecode), median(reducedDecode) / median(fullDecode));
    std::printf("  first epoch:  Picta %.0f vs PyTorch %.0f  = %.2fx\n", median(cold), median(peerFirst), median(cold) / median(peerFirst));
    std::printf("  later epochs: Picta from disk %.0f, from memory %.0f vs PyTorch %.0f  = %.1fx (disk), %.1fx (memory)\n",
                median(warmDisk), median(warmMemory), median(peerLater), median(warmDisk) / median(peerLater),
                median(warmMemory) / median(peerLater));
    return 0;
}
