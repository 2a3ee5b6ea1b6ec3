// picta-cli bench-dedupe: hashing throughput and near-duplicate search time on N images (80 %
// distinct pictures, 20 % mirrored, rotated, brightened or re-encoded copies of them), against an
// all-pairs search of the same rule measured in the same run. The pictures are photo-like
// synthetic scenes by default; --fashion-mnist takes Debian's dataset instead, whose centred
// 28×28 silhouettes are near duplicates of one another at 64 hash bits (most of them group).
#include "commands.h"
#include "parse.h"

#include "cleaning/duplicatefinder.h"
#include "cleaning/hammingindex.h"
#include "cleaning/imagehasher.h"
#include "data/fashionmnist.h"

#include <QElapsedTimer>
#include <QtConcurrent>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>

namespace picta::cli {

namespace {

// A photo-like 96×72 scene: a two-colour gradient, eight shapes (discs, boxes, lines, triangles)
// of random colours and sizes, and sensor noise.
cv::Mat scene(unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> c(0, 255), x(0, 95), y(0, 71), r(4, 30), kind(0, 3);
    cv::Mat image(72, 96, CV_8UC3);
    const cv::Scalar a(c(rng), c(rng), c(rng)), b(c(rng), c(rng), c(rng));
    const bool vertical = rng() % 2;
    for (int i = 0; i < (vertical ? image.rows : image.cols); ++i) {
        const cv::Scalar colour = a + (b - a) * (double(i) / (vertical ? image.rows : image.cols));
        (vertical ? image.row(i) : image.col(i)).setTo(colour);
    }
    for (int s = 0; s < 8; ++s) {
        const cv::Scalar colour(c(rng), c(rng), c(rng));
        const cv::Point p(x(rng), y(rng)), q(x(rng), y(rng));
        switch (kind(rng)) {
        case 0:
            cv::circle(image, p, r(rng), colour, cv::FILLED);
            break;
        case 1:
            cv::rectangle(image, p, q, colour, cv::FILLED);
            break;
        case 2:
            cv::line(image, p, q, colour, 1 + r(rng) / 6);
            break;
        default: {
            const std::vector<cv::Point> triangle{p, q, {x(rng), y(rng)}};
            cv::fillConvexPoly(image, triangle, colour);
        }
        }
    }
    cv::Mat noise(image.size(), image.type());
    cv::theRNG().state = seed;
    cv::randn(noise, 0, 5);
    return image + noise;
}

} // namespace

int benchDedupe(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("count"), Cli::tr("Images to hash and search (default 100000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("pairs-sample"), Cli::tr("Images in the all-pairs reference (default 10000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("threshold"), Cli::tr("pHash threshold (default %1).").arg(DuplicateFinder::kDefaultThreshold),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("fashion-mnist"), Cli::tr("Use Debian's Fashion-MNIST images instead of synthetic scenes.")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the figures as one JSON line.")});
    int code = Ok;
    if (!parseArguments(parser, args, Cli::tr("Measures duplicate search: hashing images/s, and search seconds for N hashes."), &code))
        return code;
    int count = 100000, sample = 10000, threshold = DuplicateFinder::kDefaultThreshold;
    if (!intOption(parser, QStringLiteral("count"), 2, 10'000'000, &count)
        || !intOption(parser, QStringLiteral("pairs-sample"), 2, 100000, &sample)
        || !intOption(parser, QStringLiteral("threshold"), 0, 32, &threshold))
        return Usage;
    sample = std::min(sample, count);

    const bool fashion = parser.isSet(QStringLiteral("fashion-mnist"));
    QVector<FashionMnist::Images> sets;
    for (bool test : {false, true}) {
        if (!fashion)
            break;
        auto images = FashionMnist::read(FashionMnist::dataDirectory(), test);
        if (!images)
            return fail(Failed, images.error());
        sets.push_back(*images);
    }
    // 80 % distinct pictures, then copies of the first 20 % of them.
    const int originals = std::max(1, count * 4 / 5);
    if (fashion && originals > sets[0].count + sets[1].count)
        return fail(Usage,
                    Cli::tr("Fashion-MNIST has %n image(s); ask for at most %2", nullptr, sets[0].count + sets[1].count)
                        .arg((sets[0].count + sets[1].count) * 5 / 4));
    printErr(Cli::tr("Encoding %n image(s) as PNG…", nullptr, count));
    cv::setNumThreads(1);
    QVector<int> indices(count);
    std::iota(indices.begin(), indices.end(), 0);
    const QVector<QByteArray> files = QtConcurrent::blockingMapped<QVector<QByteArray>>(indices, [&](int i) {
        const int source = i < originals ? i : i - originals;
        cv::Mat image;
        if (fashion) {
            const FashionMnist::Images& set = sets[source < sets[0].count ? 0 : 1];
            const int k = source < sets[0].count ? source : source - sets[0].count;
            image = cv::Mat(set.rows, set.cols, CV_8U, const_cast<char*>(set.pixels.constData()) + qint64(k) * set.rows * set.cols).clone();
        } else {
            image = scene(unsigned(source) + 1);
        }
        cv::Mat copy = image;
        std::vector<int> params;
        if (i >= originals) {
            switch (i % 4) {
            case 0:
                cv::flip(image, copy, 1);
                break;
            case 1:
                cv::rotate(image, copy, cv::ROTATE_90_CLOCKWISE);
                break;
            case 2:
                image.convertTo(copy, -1, 1.0, 25);
                break;
            default:
                params = {cv::IMWRITE_JPEG_QUALITY, 75};
            }
        }
        std::vector<uchar> bytes;
        cv::imencode(params.empty() ? ".png" : ".jpg", copy, bytes, params);
        return QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()));
    });

    printErr(Cli::tr("Hashing…"));
    QElapsedTimer timer;
    timer.start();
    const auto hashed = QtConcurrent::blockingMapped<QVector<Expected<ImageHashes>>>(
        files, [](const QByteArray& bytes) { return ImageHasher::hashBytes(bytes, QStringLiteral("image")); });
    const double hashSeconds = timer.nsecsElapsed() / 1e9;
    std::vector<ImageHashes> hashes;
    for (const auto& h : hashed)
        if (h)
            hashes.push_back(*h);

    printErr(Cli::tr("Searching %n hash(es)…", nullptr, int(hashes.size())));
    timer.restart();
    const auto groups = DuplicateFinder::group(hashes, threshold);
    const double searchSeconds = timer.nsecsElapsed() / 1e9;
    // Recall: copies grouped with their original.
    int grouped = 0;
    std::vector<int> groupOf(hashes.size(), -1);
    for (size_t g = 0; g < groups.size(); ++g) {
        grouped += int(groups[g].size());
        for (int m : groups[g])
            groupOf[size_t(m)] = int(g);
    }
    int copies = 0, found = 0;
    for (int i = originals; i < int(hashes.size()); ++i, ++copies)
        found += groupOf[size_t(i)] >= 0 && groupOf[size_t(i)] == groupOf[size_t(i - originals)];

    // Reference: every pair of the first `sample` images, same rule, same threads.
    printErr(Cli::tr("All-pairs reference on %n image(s)…", nullptr, sample));
    timer.restart();
    std::atomic_llong pairs{0};
    QVector<int> rows(sample);
    std::iota(rows.begin(), rows.end(), 0);
    QtConcurrent::blockingMap(rows, [&](int a) {
        long long found = 0;
        for (int b = a + 1; b < sample; ++b)
            for (int o = 0; o < ImageHashes::kOrientations; ++o)
                if (HammingIndex::distance(hashes[size_t(a)].phash[size_t(o)], hashes[size_t(b)].phash[0]) <= threshold
                    && HammingIndex::distance(hashes[size_t(a)].ahash[size_t(o)], hashes[size_t(b)].ahash[0]) <= threshold + 4
                    && ImageHasher::correlation(hashes[size_t(a)], o, hashes[size_t(b)])
                        >= DuplicateFinder::minCorrelation(hashes[size_t(a)], hashes[size_t(b)])) {
                    ++found;
                    break;
                }
        pairs += found;
    });
    const double sampleSeconds = timer.nsecsElapsed() / 1e9;
    const double extrapolated = sampleSeconds * (double(hashes.size()) / sample) * (double(hashes.size()) / sample);

    const QJsonObject figures{{"images", int(hashes.size())},
                              {"threads", QThreadPool::globalInstance()->maxThreadCount()},
                              {"hash_seconds", hashSeconds},
                              {"hash_images_per_s", hashes.size() / hashSeconds},
                              {"search_seconds", searchSeconds},
                              {"groups", int(groups.size())},
                              {"images_in_groups", grouped},
                              {"copies", copies},
                              {"copies_found", found},
                              {"source", fashion ? "fashion-mnist" : "synthetic scenes"},
                              {"all_pairs_sample", sample},
                              {"all_pairs_sample_seconds", sampleSeconds},
                              {"all_pairs_extrapolated_seconds", extrapolated},
                              {"speedup_vs_all_pairs", extrapolated / searchSeconds}};
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(figures);
    } else {
        std::printf("hashing: %d images in %.1f s, %.0f images/s\n", int(hashes.size()), hashSeconds, hashes.size() / hashSeconds);
        std::printf("search: %.2f s for %d hashes (8 orientations each), %d groups holding %d images\n", searchSeconds, int(hashes.size()),
                    int(groups.size()), grouped);
        std::printf("copies grouped with their original: %d of %d (%.1f %%); %d of %d distinct pictures in groups\n", found, copies,
                    100.0 * found / std::max(1, copies), grouped - 2 * found, originals);
        std::printf("all pairs: %.2f s for %d images, so ~%.0f s for %d: the index is %.0fx faster\n", sampleSeconds, sample, extrapolated,
                    int(hashes.size()), extrapolated / searchSeconds);
    }
    return Ok;
}

} // namespace picta::cli
