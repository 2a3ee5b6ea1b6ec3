#include "zipwriter.h"

#include "support/atomicfile.h"
#include "support/crc32.h"

#include <QDir>
#include <QtEndian>

#include <zlib.h>

namespace picta {

namespace {

void put16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// Raw deflate (no zlib header), as zip's method 8 wants; empty on failure.
QByteArray deflateRaw(const QByteArray& data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

} // namespace

void ZipWriter::add(const QString& name, const QByteArray& data, Method method)
{
    m_entries.push_back({name, data, method});
}

Expected<QByteArray> ZipWriter::bytes() const
{
    using R = Expected<QByteArray>;
    // DOS date and time of 1 January 2000: a fixed stamp keeps exports of the same run identical.
    constexpr quint16 kTime = 0, kDate = ((2000 - 1980) << 9) | (1 << 5) | 1;
    QByteArray out, central;
    for (const Entry& e : m_entries) {
        const QByteArray name = e.name.toUtf8();
        const quint32 crc = Crc32::of(e.data);
        QByteArray body = e.data;
        quint16 method = 0;
        if (e.method == Method::Deflated && !e.data.isEmpty()) {
            body = deflateRaw(e.data);
            if (body.isEmpty())
                return R::failure(tr("%1: cannot compress").arg(e.name));
            method = 8;
        }
        const qint64 offset = out.size();
        if (offset + body.size() + name.size() + 30 > 0xFFFFFFFFLL || e.data.size() > 0xFFFFFFFFLL)
            return R::failure(tr("%1: the archive would pass 4 GB").arg(e.name));
        constexpr quint16 kUtf8Names = 1 << 11;
        auto header = [&](QByteArray& to, bool isCentral) {
            put32(to, isCentral ? 0x02014b50 : 0x04034b50);
            if (isCentral)
                put16(to, 20); // made by: 2.0
            put16(to, 20);     // needed: 2.0
            put16(to, kUtf8Names);
            put16(to, method);
            put16(to, kTime);
            put16(to, kDate);
            put32(to, crc);
            put32(to, quint32(body.size()));
            put32(to, quint32(e.data.size()));
            put16(to, quint16(name.size()));
            put16(to, 0); // extra
            if (isCentral) {
                put16(to, 0);               // comment
                put16(to, 0);               // disk
                put16(to, 0);               // internal attributes
                put32(to, 0100644u << 16);  // external: a regular file, rw-r--r--
                put32(to, quint32(offset)); // local header
            }
            to.append(name);
        };
        header(out, false);
        out.append(body);
        header(central, true);
    }
    if (m_entries.size() > 0xFFFF)
        return R::failure(tr("too many entries for a zip archive without zip64"));
    const qint64 centralOffset = out.size();
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(central.size()));
    put32(out, quint32(centralOffset));
    put16(out, 0);
    return out;
}

Status ZipWriter::save(const QString& path) const
{
    const auto archive = bytes();
    if (!archive)
        return Status::failure(tr("%1: %2").arg(QDir::toNativeSeparators(path), archive.error()));
    return AtomicFile::write(path, archive.value());
}

} // namespace picta
