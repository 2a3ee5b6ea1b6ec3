#pragma once

#include "imaging/imagedecoder.h"
#include "project/imageentry.h"

#include <torch/types.h>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace picta {

class DecodedStore;

/// Decodes a list of images once, in parallel, into one uint8 tensor [N, C, S, S] held in memory.
/// Small datasets (Fashion-MNIST's 60,000 28×28 images take 47 MB) then train without touching the
/// disk again. Files that fail to decode are skipped and listed; the rest go on.
/// (Training decodes through a DecodedStore instead, and uses this only where no store can be
/// written; both decode alike, with DecodedStore::decodeRow.)
class ImageCache {
public:
    /// A set of decoded images: in memory (`images`), or rows of a store on disk read per batch.
    struct Result {
        torch::Tensor images;     ///< uint8 [N, C, S, S] in memory; undefined when on disk
        torch::Tensor labels;     ///< int64 [N]
        QVector<int> sourceIndex; ///< position of each row in the input list
        QVector<ListingProblem> failures;
        bool cancelled = false;
        std::shared_ptr<const DecodedStore> store; ///< set when the images stay on disk
        std::vector<int64_t> storeRows;            ///< each image's row in `store`

        int64_t count() const;
        bool onDisk() const { return store != nullptr; }
        /// uint8 [rows.size(), C, S, S], from memory or from the store (thread-safe).
        torch::Tensor gather(const std::vector<int64_t>& rows) const;
        /// Images [begin, end) as uint8.
        torch::Tensor slice(int64_t begin, int64_t end) const;
        /// Rows [begin, end) as a set of their own, sharing this one's images or store.
        Result range(int64_t begin, int64_t end) const;
    };

    using Progress = std::function<void(int done, int total)>;
    static Result build(const QVector<ImageEntry>& entries, int size, ImageDecoder::Color color, int threads,
                        const std::atomic_bool* cancel = nullptr, const Progress& progress = {});
    /// Bytes the cache would take.
    static qint64 bytesNeeded(qint64 count, int channels, int size) { return count * channels * size * size; }
};

} // namespace picta
