#pragma once

namespace picta {

/// Sane bounds for numbers read from files that travel between people (model.json, checkpoints,
/// picta.json): a value outside them means a damaged or hostile file, and is refused with a
/// message naming the file and the field instead of allocating 191 GB or training 2^31 epochs.
namespace Limits {
constexpr int kMaxImageSize = 1024; ///< pixels per side of a model's input
constexpr int kMaxClasses = 10000;
constexpr int kMaxEpochs = 10000;
constexpr int kMaxThreads = 256;
constexpr int kMaxBatchSize = 65536;
constexpr double kMaxNormalisation = 1000; ///< |mean| and std of the input normalisation
constexpr double kMinStd = 1e-6;
} // namespace Limits

} // namespace picta
