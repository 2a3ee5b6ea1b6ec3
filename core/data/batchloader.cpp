#include "batchloader.h"

#include <torch/torch.h>

namespace picta {

BatchLoader::BatchLoader(Assemble assemble, int queueDepth)
    : m_assemble(std::move(assemble))
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
    // No at::set_num_threads() here: it is process-wide in libtorch and would starve the step.
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
