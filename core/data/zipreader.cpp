#include "zipreader.h"

#include "support/crc32.h"

#include <QDir>
#include <QtEndian>

#include <zlib.h>

namespace picta {

namespace {

quint16 le16(const QByteArray& b, qint64 at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 le32(const QByteArray& b, qint64 at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

} // namespace

QString ZipReader::unsafeName(const QString& name)
{
    if (name.isEmpty())
        return tr("empty name");
    if (name.contains('\\'))
        return tr("backslash in the name");
    if (name.startsWith('/') || (name.size() > 1 && name[1] == ':'))
        return tr("absolute path");
    for (const QString& part : name.split('/', Qt::SkipEmptyParts))
        if (part == QLatin1String(".."))
            return tr("'..' would leave the import folder");
    if (name.contains(QChar(0)))
        return tr("NUL character in the name");
    return {};
}

Expected<ZipReader> ZipReader::open(const QString& path)
{
    using R = Expected<ZipReader>;
    const QString shown = QDir::toNativeSeparators(path);
    ZipReader zip;
    zip.m_path = path;
    zip.m_file = std::make_shared<QFile>(path);
    if (!zip.m_file->open(QIODevice::ReadOnly))
        return R::failure(tr("%1: cannot be read (%2)").arg(shown, zip.m_file->errorString()));
    // The end-of-central-directory record sits in the last 22 + 65,535 bytes.
    const qint64 size = zip.m_file->size();
    const qint64 tail = std::min<qint64>(size, 22 + 65535);
    zip.m_file->seek(size - tail);
    const QByteArray end = zip.m_file->read(tail);
    qint64 eocd = -1;
    for (qint64 i = end.size() - 22; i >= 0; --i)
        if (le32(end, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        return R::failure(tr("%1: not a zip archive (no end-of-central-directory record)").arg(shown));
    const quint16 count = le16(end, eocd + 10);
    const quint32 directorySize = le32(end, eocd + 12), directoryOffset = le32(end, eocd + 16);
    if (directoryOffset == 0xFFFFFFFF || count == 0xFFFF)
        return R::failure(tr("%1: Zip64 archives are not supported").arg(shown));
    if (qint64(directoryOffset) + directorySize > size)
        return R::failure(tr("%1: the central directory lies beyond the end of the file (truncated archive)").arg(shown));
    zip.m_file->seek(directoryOffset);
    const QByteArray dir = zip.m_file->read(directorySize);
    qint64 at = 0;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > dir.size() || le32(dir, at) != 0x02014b50)
            return R::failure(tr("%1: corrupt central directory (entry %2)").arg(shown).arg(i + 1));
        Entry e;
        e.flags = le16(dir, at + 8);
        e.method = le16(dir, at + 10);
        e.crc = le32(dir, at + 16);
        e.compressedSize = le32(dir, at + 20);
        e.size = le32(dir, at + 24);
        const int nameLength = le16(dir, at + 28), extraLength = le16(dir, at + 30), commentLength = le16(dir, at + 32);
        e.localHeaderOffset = le32(dir, at + 42);
        if (at + 46 + nameLength > dir.size())
            return R::failure(tr("%1: corrupt central directory (entry %2)").arg(shown).arg(i + 1));
        const QByteArray rawName = dir.mid(at + 46, nameLength);
        e.name = (e.flags & 0x800) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        zip.m_entries.push_back(e);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return zip;
}

Expected<QByteArray> ZipReader::read(const Entry& entry, qint64 maxBytes)
{
    using R = Expected<QByteArray>;
    const QString where = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), entry.name);
    if (entry.flags & 0x1)
        return R::failure(tr("%1: encrypted entries are not supported").arg(where));
    if (entry.method != 0 && entry.method != 8)
        return R::failure(tr("%1: compression method %2 is not supported").arg(where).arg(entry.method));
    if (entry.size > maxBytes)
        return R::failure(tr("%1: %2 bytes is over the cap of %3").arg(where).arg(entry.size).arg(maxBytes));
    m_file->seek(entry.localHeaderOffset);
    const QByteArray local = m_file->read(30);
    if (local.size() < 30 || le32(local, 0) != 0x04034b50)
        return R::failure(tr("%1: corrupt local header").arg(where));
    const qint64 dataOffset = entry.localHeaderOffset + 30 + le16(local, 26) + le16(local, 28);
    // Sizes come from the archive: checked against the file before anything is allocated for them
    // (QIODevice::read(n) allocates n bytes first; a forged 4 GB size found by fuzz_zip).
    if (entry.compressedSize > m_file->size() - dataOffset)
        return R::failure(tr("%1: truncated data").arg(where));
    if (entry.method == 0 && entry.compressedSize != entry.size)
        return R::failure(tr("%1: corrupt entry (stored sizes differ)").arg(where));
    m_file->seek(dataOffset);
    const QByteArray compressed = m_file->read(entry.compressedSize);
    if (compressed.size() != entry.compressedSize)
        return R::failure(tr("%1: truncated data").arg(where));
    QByteArray data;
    if (entry.method == 0) {
        data = compressed;
    } else {
        data.resize(entry.size);
        z_stream stream{};
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
            return R::failure(tr("%1: cannot start inflating").arg(where));
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
        stream.avail_in = uInt(compressed.size());
        stream.next_out = reinterpret_cast<Bytef*>(data.data());
        stream.avail_out = uInt(data.size());
        const int status = inflate(&stream, Z_FINISH);
        const qint64 produced = qint64(stream.total_out);
        inflateEnd(&stream);
        if (status != Z_STREAM_END || produced != entry.size)
            return R::failure(tr("%1: corrupt compressed data").arg(where));
    }
    const quint32 crc = Crc32::of(data);
    if (crc != entry.crc)
        return R::failure(tr("%1: CRC mismatch (corrupt archive)").arg(where));
    return data;
}

} // namespace picta
