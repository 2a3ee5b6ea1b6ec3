#include "fashionmnist.h"

#include "support/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QtEndian>

#include <opencv2/imgcodecs.hpp>

#include <zlib.h>

namespace picta {

namespace {

Expected<QByteArray> readGzip(const QString& path)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        return Expected<QByteArray>::failure(FashionMnist::tr("Cannot open %1").arg(QDir::toNativeSeparators(path)));
    QByteArray out;
    char buffer[1 << 16];
    int n = 0;
    while ((n = gzread(file, buffer, sizeof buffer)) > 0)
        out.append(buffer, n);
    int code = 0;
    const char* message = gzerror(file, &code);
    gzclose(file);
    if (n < 0 || (code != Z_OK && code != Z_STREAM_END))
        return Expected<QByteArray>::failure(
            FashionMnist::tr("%1: corrupt gzip data (%2)").arg(QDir::toNativeSeparators(path), QString::fromUtf8(message)));
    return out;
}

quint32 be32(const QByteArray& bytes, int at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at);
}

} // namespace

QString FashionMnist::dataDirectory()
{
    const QString env = qEnvironmentVariable("PICTA_FASHION_MNIST_DIR");
    return env.isEmpty() ? QStringLiteral("/usr/share/datasets/fashion-mnist") : env;
}

QStringList FashionMnist::classNames()
{
    // Folder names, so "T-shirt/top" loses its slash.
    return {tr("T-shirt"), tr("Trouser"), tr("Pullover"), tr("Dress"), tr("Coat"),
            tr("Sandal"),  tr("Shirt"),   tr("Sneaker"),  tr("Bag"),   tr("Ankle boot")};
}

Expected<FashionMnist::Images> FashionMnist::read(const QString& dir, bool testSet)
{
    using R = Expected<Images>;
    const QString prefix = testSet ? QStringLiteral("t10k") : QStringLiteral("train");
    const QString imagesPath = QDir(dir).filePath(prefix + "-images-idx3-ubyte.gz");
    const QString labelsPath = QDir(dir).filePath(prefix + "-labels-idx1-ubyte.gz");
    if (!QFileInfo::exists(imagesPath))
        return R::failure(tr("Fashion-MNIST not found: %1 is missing (install the Debian package "
                             "dataset-fashion-mnist)")
                              .arg(QDir::toNativeSeparators(imagesPath)));
    const auto images = readGzip(imagesPath);
    if (!images)
        return R::failure(images.error());
    const auto labels = readGzip(labelsPath);
    if (!labels)
        return R::failure(labels.error());

    Images set;
    if (images->size() < 16 || be32(*images, 0) != 0x803)
        return R::failure(tr("%1: not an idx3 image file").arg(QDir::toNativeSeparators(imagesPath)));
    if (labels->size() < 8 || be32(*labels, 0) != 0x801)
        return R::failure(tr("%1: not an idx1 label file").arg(QDir::toNativeSeparators(labelsPath)));
    set.count = int(be32(*images, 4));
    set.rows = int(be32(*images, 8));
    set.cols = int(be32(*images, 12));
    if (int(be32(*labels, 4)) != set.count || images->size() != 16 + qint64(set.count) * set.rows * set.cols
        || labels->size() != 8 + set.count)
        return R::failure(tr("%1: image and label counts or sizes disagree").arg(QDir::toNativeSeparators(dir)));
    set.pixels = images->mid(16);
    set.labels = labels->mid(8);
    return set;
}

Expected<Project> FashionMnist::exportProject(const ExportOptions& options, const Progress& progress, const std::atomic_bool* cancel)
{
    using R = Expected<Project>;
    QVector<int> classes = options.classes;
    if (classes.isEmpty())
        for (int c = 0; c < 10; ++c)
            classes << c;
    const QStringList names = classNames();
    QStringList projectClasses;
    for (int c : classes) {
        if (c < 0 || c >= names.size())
            return R::failure(tr("Fashion-MNIST has no class %1").arg(c));
        projectClasses << names[c];
    }

    // Each source set with the file-name prefix its images get.
    struct Source {
        Images images;
        QString prefix;
        QVector<int> picked;
    };
    QVector<Source> sources;
    const bool both = options.useTestSetForValidation;
    for (bool test : {false, true}) {
        if (!both && test != options.fromTestSet)
            continue;
        auto set = read(dataDirectory(), test);
        if (!set)
            return R::failure(set.error());
        sources.push_back({set.value(), test ? QStringLiteral("fmnist-test-") : QStringLiteral("fmnist-train-"), {}});
    }
    int total = 0;
    for (Source& source : sources) {
        // Images in file order, up to perClass of each chosen class.
        QVector<int> taken(10, 0);
        for (int i = 0; i < source.images.count; ++i) {
            const int label = quint8(source.images.labels[i]);
            if (!classes.contains(label) || (options.perClass > 0 && taken[label] >= options.perClass))
                continue;
            ++taken[label];
            source.picked << i;
        }
        total += int(source.picked.size());
    }

    auto project = Project::create(options.outDir, options.projectName);
    if (!project)
        return project;
    project->setClasses(projectClasses);
    project->setImageSize(sources.first().images.rows);
    project->setValidationFraction(options.validationFraction);
    if (both)
        project->setValidationPrefix(QStringLiteral("fmnist-test-"));

    int done = 0;
    for (const Source& source : sources) {
        const Images& set = source.images;
        const int pixelsPerImage = set.rows * set.cols;
        for (int i : source.picked) {
            if (cancel && cancel->load())
                return R::failure(tr("Cancelled"));
            const cv::Mat image(set.rows, set.cols, CV_8UC1, const_cast<char*>(set.pixels.constData()) + qint64(i) * pixelsPerImage);
            std::vector<uchar> png;
            cv::imencode(".png", image, png);
            const QString path
                = QDir(project->imagesDir())
                      .filePath(
                          QStringLiteral("%1/%2%3.png").arg(names[quint8(set.labels[i])], source.prefix).arg(i, 5, 10, QLatin1Char('0')));
            if (const Status written = AtomicFile::write(path, QByteArray(reinterpret_cast<const char*>(png.data()), int(png.size())));
                !written)
                return R::failure(written.error());
            ++done;
            if (progress && (done % 64 == 0 || done == total))
                progress(done, total);
        }
    }
    if (const Status saved = project->save(); !saved)
        return R::failure(saved.error());
    return project;
}

Expected<Project> FashionMnist::createDemo(const QString& outDir, const Progress& progress)
{
    ExportOptions options;
    options.outDir = outDir;
    options.projectName = tr("Fashion demo");
    options.classes = {0, 1, 7, 8}; // T-shirt, Trouser, Sneaker, Bag
    options.perClass = 400;
    options.validationFraction = 0.25; // 300 training + 100 validation per class
    return exportProject(options, progress);
}

} // namespace picta
