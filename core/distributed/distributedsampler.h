#pragma once

#include <cstdint>
#include <vector>

namespace picta {

/// Which images each rank of a data-parallel training sees, as PyTorch's DistributedSampler:
/// every rank shuffles the whole set with the shared seed (so all hold the same order), the order
/// is padded by repeating its start until it divides by the number of ranks, and rank r takes
/// positions r, r + W, r + 2W, … . The shards are disjoint but for the padding (fewer than W
/// images, seen twice in that epoch), together they are the whole set, and every rank has the
/// same number of batches, so the ranks step in lockstep. With batch B per rank, batch k of all
/// ranks together is batch k of one process running batch W·B on the same order.
class DistributedSampler {
public:
    static std::vector<int64_t> shard(const std::vector<int64_t>& order, int rank, int worldSize);
    /// Validation needs no lockstep: a contiguous, unpadded slice [first, last) of n rows.
    static std::pair<int64_t, int64_t> slice(int64_t n, int rank, int worldSize);
};

} // namespace picta
