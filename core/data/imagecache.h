#pragma once

#include "imaging/imagedecoder.h"
#include "project/imageentry.h"

#include <torch/types.h>

#include <atomic>
#include <functional>

namespace picta {

/// Decodes a list of images once, in parallel, into one uint8 tensor [N, C, S, S] held in memory.
/// Small datasets (Fashion-MNIST's 60,000 28×28 images take 47 MB) then train without touching the
/// disk again. Files that fail to decode are skipped and listed; the rest go on.
class ImageCache {
public:
    struct Result {
        torch::Tensor images;     ///< uint8 [N, C, S, S]
        torch::Tensor labels;     ///< int64 [N]
        QVector<int> sourceIndex; ///< position of each row in the input list
        QVector<ListingProblem> failures;
        bool cancelled = false;
    };

    using Progress = std::function<void(int done, int total)>;
    static Result build(const QVector<ImageEntry>& entries, int size, ImageDecoder::Color color, int threads,
                        const std::atomic_bool* cancel = nullptr, const Progress& progress = {});
    /// Bytes the cache would take.
    static qint64 bytesNeeded(qint64 count, int channels, int size) { return count * channels * size * size; }
};

} // namespace picta
