#pragma once

#include <QByteArray>

#include <cstdint>

namespace picta {

/// CRC-32 (zlib's, as zip files and PNG use), of any length.
class Crc32 {
public:
    static quint32 of(const void* data, int64_t bytes);
    static quint32 of(const QByteArray& bytes) { return of(bytes.constData(), bytes.size()); }
};

} // namespace picta
