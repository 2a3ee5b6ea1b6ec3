#include "hammingindex.h"

#include <mutex>

namespace picta {

namespace {

// Every 16-bit mask with at most `bits` bits set, fewest first.
const std::vector<uint16_t>& masksUpTo(int bits)
{
    static std::vector<uint16_t> cache[17];
    static std::once_flag once[17];
    bits = std::clamp(bits, 0, 16);
    std::call_once(once[bits], [bits] {
        for (int n = 0; n <= bits; ++n)
            for (uint32_t m = 0; m < 65536; ++m)
                if (__builtin_popcount(m) == n)
                    cache[bits].push_back(uint16_t(m));
    });
    return cache[bits];
}

uint16_t chunk(uint64_t code, int c)
{
    return uint16_t(code >> (16 * c));
}

} // namespace

HammingIndex::HammingIndex(std::vector<uint64_t> codes)
    : m_codes(std::move(codes))
{
    for (int c = 0; c < kChunks; ++c) {
        std::vector<uint32_t>& offsets = m_offsets[c];
        offsets.assign(65537, 0);
        for (uint64_t code : m_codes)
            ++offsets[chunk(code, c) + 1];
        for (size_t k = 1; k < offsets.size(); ++k)
            offsets[k] += offsets[k - 1];
        std::vector<uint32_t> fill(offsets.begin(), offsets.end() - 1);
        m_ids[c].resize(m_codes.size());
        for (size_t id = 0; id < m_codes.size(); ++id)
            m_ids[c][fill[chunk(m_codes[id], c)]++] = uint32_t(id);
    }
}

void HammingIndex::search(uint64_t query, int radius, std::vector<uint32_t>& scratch, const std::function<void(int, int)>& found) const
{
    if (radius < 0 || m_codes.empty())
        return;
    // scratch[0] is this search's stamp; scratch[1 + id] the stamp of the search that last saw id.
    if (scratch.size() != m_codes.size() + 1)
        scratch.assign(m_codes.size() + 1, 0);
    const uint32_t stamp = ++scratch[0];
    const std::vector<uint16_t>& masks = masksUpTo(radius / kChunks);
    for (int c = 0; c < kChunks; ++c) {
        const uint16_t q = chunk(query, c);
        for (uint16_t mask : masks) {
            const uint16_t key = q ^ mask;
            for (uint32_t i = m_offsets[c][key]; i < m_offsets[c][key + 1]; ++i) {
                const uint32_t id = m_ids[c][i];
                if (scratch[1 + id] == stamp)
                    continue;
                scratch[1 + id] = stamp;
                const int d = distance(query, m_codes[id]);
                if (d <= radius)
                    found(int(id), d);
            }
        }
    }
}

} // namespace picta
