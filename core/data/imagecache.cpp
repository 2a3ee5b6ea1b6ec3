#include "imagecache.h"

#include "decodedstore.h"

#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <torch/torch.h>

#include <cstring>
#include <numeric>

namespace picta {

int64_t ImageCache::Result::count() const
{
    return store ? int64_t(storeRows.size()) : (images.defined() ? images.size(0) : 0);
}

torch::Tensor ImageCache::Result::gather(const std::vector<int64_t>& rows) const
{
    if (!store)
        return images.index_select(0, torch::tensor(rows, torch::kInt64));
    std::vector<int64_t> inStore(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        inStore[i] = storeRows.at(size_t(rows[i]));
    return store->gather(inStore);
}

torch::Tensor ImageCache::Result::slice(int64_t begin, int64_t end) const
{
    if (!store)
        return images.slice(0, begin, end);
    return store->gather(std::vector<int64_t>(storeRows.begin() + begin, storeRows.begin() + end));
}

ImageCache::Result ImageCache::Result::range(int64_t begin, int64_t end) const
{
    Result part;
    part.labels = labels.slice(0, begin, end);
    part.sourceIndex = sourceIndex.mid(begin, end - begin);
    part.store = store;
    if (store)
        part.storeRows.assign(storeRows.begin() + begin, storeRows.begin() + end);
    else
        part.images = images.slice(0, begin, end);
    return part;
}

ImageCache::Result ImageCache::build(const QVector<ImageEntry>& entries, int size, ImageDecoder::Color color, int threads,
                                     const std::atomic_bool* cancel, const Progress& progress)
{
    Result result;
    const int n = int(entries.size());
    const int channels = color == ImageDecoder::Color::Gray ? 1 : 3;
    torch::Tensor images = torch::empty({n, channels, size, size}, torch::kUInt8);
    uint8_t* base = images.data_ptr<uint8_t>();
    const qint64 stride = qint64(channels) * size * size;

    std::vector<char> ok(size_t(n), 0);
    QVector<ListingProblem> failures;
    QMutex failuresMutex;
    std::atomic_int done{0};

    QVector<int> indices(n);
    std::iota(indices.begin(), indices.end(), 0);
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, threads));
    QFuture<void> future = QtConcurrent::map(&pool, indices, [&](int i) {
        if (cancel && cancel->load())
            return;
        if (const Status decoded = DecodedStore::decodeRow(entries[i].path, size, channels, base + i * stride)) {
            ok[size_t(i)] = 1;
        } else {
            QMutexLocker lock(&failuresMutex);
            failures.push_back({entries[i].path, decoded.error()});
        }
        ++done;
    });
    // The caller's thread only reports progress and watches for cancel.
    while (!future.isFinished()) {
        if (cancel && cancel->load())
            future.cancel();
        if (progress)
            progress(done.load(), n);
        QThread::msleep(30);
    }
    future.waitForFinished();
    if (progress)
        progress(done.load(), n);

    result.cancelled = cancel && cancel->load();
    std::vector<int64_t> kept;
    std::vector<int64_t> labels;
    for (int i = 0; i < n; ++i) {
        if (ok[size_t(i)]) {
            kept.push_back(i);
            labels.push_back(entries[i].classIndex);
            result.sourceIndex.push_back(i);
        }
    }
    std::sort(failures.begin(), failures.end(), [](const ListingProblem& a, const ListingProblem& b) { return a.path < b.path; });
    result.failures = failures;
    result.images = int64_t(kept.size()) == n ? images : images.index_select(0, torch::tensor(kept));
    result.labels = torch::tensor(labels, torch::kInt64);
    return result;
}

} // namespace picta
