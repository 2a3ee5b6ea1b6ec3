#include "storeindex.h"

#include "support/atomicfile.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <unordered_set>

namespace picta {

namespace {

constexpr char kMagic[8] = {'P', 'I', 'C', 'T', 'A', 'D', 'S', '1'};
constexpr quint32 kVersion = 1;
constexpr int kDigestBytes = 32; // SHA-256
constexpr qint64 kMaxIndexBytes = qint64(512) << 20;

// A relative path as the index may hold it: no absolute path, no way out of images/.
bool safeRelative(const QString& path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.contains(QLatin1Char('\\')) || path.contains(QChar(0)))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.begin(), parts.end(),
                        [](const QString& p) { return p.isEmpty() || p == QLatin1String(".") || p == QLatin1String(".."); });
}

} // namespace

int StoreIndex::pixelsNumber(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^pixels-(\\d{1,9})\\.bin$"));
    const auto match = pattern.match(name);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

Expected<StoreIndex> StoreIndex::read(const QString& path, const Shape& shape)
{
    const auto bytes = AtomicFile::read(path, kMaxIndexBytes);
    if (!bytes)
        return Expected<StoreIndex>::failure(bytes.error());
    return parse(*bytes, shape);
}

Expected<StoreIndex> StoreIndex::parse(const QByteArray& bytes, const Shape& shape)
{
    using R = Expected<StoreIndex>;
    if (bytes.size() < int(sizeof kMagic) + kDigestBytes
        || QCryptographicHash::hash(bytes.left(bytes.size() - kDigestBytes), QCryptographicHash::Sha256) != bytes.right(kDigestBytes))
        return R::failure(tr("its checksum does not match"));
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    char magic[8] = {};
    in.readRawData(magic, 8);
    quint32 version = 0;
    qint32 size = 0, channels = 0;
    qint64 rowBytes = 0, rowCount = 0;
    quint32 count = 0;
    QString pixels, owner;
    in >> version >> size >> channels >> rowBytes >> owner >> pixels >> rowCount >> count;
    if (std::memcmp(magic, kMagic, 8) != 0 || version != kVersion)
        return R::failure(tr("it is not a Picta decoded-image index of version %1").arg(kVersion));
    if (size != shape.size || channels != shape.channels || rowBytes != shape.rowBytes)
        return R::failure(tr("it is for %1 px with %n channel(s)", nullptr, channels).arg(size));
    if (owner != shape.binding)
        return R::failure(tr("it was made for another images folder"));
    if (pixelsNumber(pixels) < 0 || rowCount < 0 || rowCount > (qint64(1) << 40) / std::max<int64_t>(1, shape.rowBytes)
        || qint64(count) > rowCount)
        return R::failure(tr("its header is inconsistent"));
    StoreIndex index;
    index.pixelsName = pixels;
    index.rowCount = rowCount;
    std::unordered_set<qint64> used;
    for (quint32 i = 0; i < count; ++i) {
        Entry e;
        in >> e.relativePath >> e.bytes >> e.mtimeMs >> e.ctimeMs >> e.fileCrc >> e.row >> e.crc;
        if (in.status() != QDataStream::Ok || !safeRelative(e.relativePath) || e.row < 0 || e.row >= rowCount || !used.insert(e.row).second)
            return R::failure(tr("entry %1 is invalid").arg(i));
        index.entries.push_back(e);
    }
    if (in.status() != QDataStream::Ok || in.device()->pos() != bytes.size() - kDigestBytes)
        return R::failure(tr("its length is wrong"));
    return R(index);
}

Status StoreIndex::write(const QString& path, const Shape& shape) const
{
    return AtomicFile::write(path, serialise(shape));
}

QByteArray StoreIndex::serialise(const Shape& shape) const
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out.writeRawData(kMagic, 8);
        out << kVersion << qint32(shape.size) << qint32(shape.channels) << qint64(shape.rowBytes) << shape.binding << pixelsName << rowCount
            << quint32(entries.size());
        for (const Entry& e : entries)
            out << e.relativePath << e.bytes << e.mtimeMs << e.ctimeMs << e.fileCrc << qint64(e.row) << e.crc;
    }
    payload += QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    return payload;
}

} // namespace picta
