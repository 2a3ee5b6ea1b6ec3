#include "batchloader.h"

#include <torch/torch.h>

#ifdef _OPENMP
#include <omp.h>
#endif

namespace picta {

BatchLoader::BatchLoader(Assemble assemble, bool prefetch, int queueDepth)
    : m_assemble(std::move(assemble))
    , m_prefetch(prefetch)
    , m_queueDepth(size_t(std::max(1, queueDepth)))
{
}

BatchLoader::~BatchLoader()
{
    stop();
}

void BatchLoader::startEpoch(std::vector<int64_t> order, int batchSize)
{
    stop();
    batchSize = std::max(1, batchSize);
    m_batchCount = int((order.size() + size_t(batchSize) - 1) / size_t(batchSize));
    if (!m_prefetch) {
        m_order = std::move(order);
        m_cursor = 0;
        m_batchSize = batchSize;
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
        m_error = nullptr;
        m_stop = false;
        m_producerDone = false;
    }
    m_producer = std::thread(&BatchLoader::produce, this, std::move(order), batchSize);
}

void BatchLoader::produce(std::vector<int64_t> order, int batchSize)
{
    // OpenMP's thread count belongs to each thread: without this, ATen ops here would start a
    // team of one thread per core beside the training step's own. (at::set_num_threads() is
    // process-wide and would starve the step instead.)
#ifdef _OPENMP
    omp_set_num_threads(1);
#endif
    for (size_t start = 0; start < order.size(); start += size_t(batchSize)) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || m_queue.size() < m_queueDepth; });
            if (m_stop)
                break;
        }
        const size_t end = std::min(order.size(), start + size_t(batchSize));
        try {
            Batch batch = m_assemble(std::vector<int64_t>(order.begin() + long(start), order.begin() + long(end)));
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(batch));
            m_changed.notify_all();
        } catch (...) {
            // An exception must not end the program from this thread: hand it to the consumer.
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            break;
        }
    }
    std::lock_guard lock(m_mutex);
    m_producerDone = true;
    m_changed.notify_all();
}

std::optional<BatchLoader::Batch> BatchLoader::next()
{
    if (!m_prefetch) {
        if (m_cursor >= m_order.size())
            return std::nullopt;
        const size_t end = std::min(m_order.size(), m_cursor + size_t(m_batchSize));
        std::vector<int64_t> rows(m_order.begin() + long(m_cursor), m_order.begin() + long(end));
        m_cursor = end;
        return m_assemble(rows);
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_queue.empty() || m_producerDone; });
    if (m_queue.empty()) {
        if (m_error)
            std::rethrow_exception(std::exchange(m_error, nullptr));
        return std::nullopt;
    }
    Batch batch = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    return batch;
}

void BatchLoader::stop()
{
    m_cursor = m_order.size();
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_changed.notify_all();
    }
    if (m_producer.joinable())
        m_producer.join();
    std::lock_guard lock(m_mutex);
    m_queue.clear();
    m_producerDone = true;
}

} // namespace picta
