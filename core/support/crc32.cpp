#include "crc32.h"

#include <zlib.h>

#include <algorithm>

namespace picta {

quint32 Crc32::of(const void* data, int64_t bytes)
{
    const auto* p = static_cast<const Bytef*>(data);
    uLong crc = crc32(0L, Z_NULL, 0);
    while (bytes > 0) { // zlib takes an unsigned int at a time
        const uInt chunk = uInt(std::min<int64_t>(bytes, int64_t(1) << 30));
        crc = crc32(crc, p, chunk);
        p += chunk;
        bytes -= chunk;
    }
    return quint32(crc);
}

} // namespace picta
