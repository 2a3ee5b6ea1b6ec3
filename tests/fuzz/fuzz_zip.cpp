// The zip reader (imports of shared archives): directory parsing, names, inflating with a cap.
#include "data/zipreader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("fuzz.zip"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    auto zip = picta::ZipReader::open(path);
    if (!zip)
        return 0;
    int read = 0;
    for (const auto& entry : zip->entries()) {
        (void)picta::ZipReader::unsafeName(entry.name);
        if (++read <= 64)
            (void)zip->read(entry, 1 << 20);
    }
    return 0;
}
