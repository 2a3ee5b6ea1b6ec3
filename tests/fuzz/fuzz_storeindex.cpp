// A decoded-image store's index (StoreIndex), on arbitrary bytes. Its SHA-256 is no secret, so
// the digest is appended here: the fuzzer reaches the header and entry checks behind it.
#include "data/storeindex.h"

#include <QCryptographicHash>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    bytes += QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    const picta::StoreIndex::Shape shape{8, 3, 192, QStringLiteral("/images:42")};
    const auto index = picta::StoreIndex::parse(bytes, shape);
    if (index) {
        // What was accepted names rows within the count, each once, and paths inside images/.
        if (index->entries.size() > index->rowCount)
            __builtin_trap();
        for (const auto& e : index->entries)
            if (e.row < 0 || e.row >= index->rowCount || e.relativePath.startsWith(QLatin1Char('/'))
                || e.relativePath.split(QLatin1Char('/')).contains(QStringLiteral("..")))
                __builtin_trap();
        // And it writes back to the same bytes.
        if (index->serialise(shape) != bytes)
            __builtin_trap();
    }
    return 0;
}
