#pragma once

#include <torch/types.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace picta {

/// Serves one epoch of batches. With prefetch, they are assembled on a producer thread while the
/// training step runs on the caller's, the next one waiting in a short queue: worth it when a batch
/// costs something (augmentation, decoding). Without, batches are assembled on demand, which is
/// faster for cheap gathers from memory: a second busy thread on two cores slows the step more than
/// the gather costs.
class BatchLoader {
public:
    struct Batch {
        torch::Tensor images; ///< float [B, C, S, S], normalised
        torch::Tensor labels; ///< int64 [B]
    };
    /// Makes the batch for the given rows; runs on the producer thread.
    using Assemble = std::function<Batch(const std::vector<int64_t>& rows)>;

    BatchLoader(Assemble assemble, bool prefetch = true, int queueDepth = 2);
    ~BatchLoader();
    BatchLoader(const BatchLoader&) = delete;
    BatchLoader& operator=(const BatchLoader&) = delete;

    /// Starts producing the batches of `order` (row indices), `batchSize` rows each.
    void startEpoch(std::vector<int64_t> order, int batchSize);
    /// The next batch, or nothing when the epoch is over. Rethrows what the producer threw.
    std::optional<Batch> next();
    /// Stops the producer early (cancel); safe to call twice.
    void stop();
    int batchCount() const { return m_batchCount; }

private:
    void produce(std::vector<int64_t> order, int batchSize);

    Assemble m_assemble;
    const bool m_prefetch;
    const size_t m_queueDepth;
    std::vector<int64_t> m_order; ///< without prefetch: the epoch's rows
    size_t m_cursor = 0;
    int m_batchSize = 1;
    std::thread m_producer;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::exception_ptr m_error;
    bool m_producerDone = true;
    bool m_stop = false;
    int m_batchCount = 0;
};

} // namespace picta
