#include "distributedsampler.h"

#include <algorithm>

namespace picta {

std::vector<int64_t> DistributedSampler::shard(const std::vector<int64_t>& order, int rank, int worldSize)
{
    if (worldSize <= 1 || order.empty())
        return order;
    const size_t n = order.size(), world = size_t(worldSize);
    const size_t perRank = (n + world - 1) / world;
    std::vector<int64_t> mine;
    mine.reserve(perRank);
    for (size_t i = 0; i < perRank; ++i)
        mine.push_back(order[(size_t(rank) + i * world) % n]); // past the end: the order's start again
    return mine;
}

std::pair<int64_t, int64_t> DistributedSampler::slice(int64_t n, int rank, int worldSize)
{
    if (worldSize <= 1)
        return {0, n};
    return {n * rank / worldSize, n * (rank + 1) / worldSize};
}

} // namespace picta
