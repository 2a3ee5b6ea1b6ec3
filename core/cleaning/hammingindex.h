#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace picta {

/// Finds all 64-bit codes within a Hamming radius of a query without comparing against every
/// code: multi-index hashing (Norouzi et al., 2012). Codes are split into four 16-bit chunks, each
/// indexed in its own table; two codes within radius r agree within floor(r/4) bits on at least
/// one chunk (pigeonhole), so a query visits only the buckets near its own chunks.
class HammingIndex {
public:
    explicit HammingIndex(std::vector<uint64_t> codes);

    /// Calls `found(id, distance)` once for every code within `radius` of `query` (any order).
    /// `scratch` is the caller's, so that threads can search concurrently; leave it empty at first.
    void search(uint64_t query, int radius, std::vector<uint32_t>& scratch, const std::function<void(int, int)>& found) const;
    int size() const { return int(m_codes.size()); }

    static int distance(uint64_t a, uint64_t b) { return __builtin_popcountll(a ^ b); }

private:
    static constexpr int kChunks = 4;
    std::vector<uint64_t> m_codes;
    // Per chunk, a CSR table: the ids whose chunk value is k are m_ids[c][m_offsets[c][k] … m_offsets[c][k+1]).
    std::vector<uint32_t> m_offsets[kChunks];
    std::vector<uint32_t> m_ids[kChunks];
};

} // namespace picta
