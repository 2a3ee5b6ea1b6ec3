#include "imageheader.h"

#include "imaging/imagedecoder.h"

#include <QtEndian>

namespace picta {

namespace {

class ImageHeaderReader {
    Q_DECLARE_TR_FUNCTIONS(ImageHeader)
public:
    explicit ImageHeaderReader(const QByteArray& bytes)
        : b(bytes)
    {
    }
    Expected<ImageHeader> read();

private:
    bool has(qint64 at, qint64 n) const { return at >= 0 && at + n <= b.size(); }
    // Every read is bounds-checked (0 past the end), on top of the has() checks of each format:
    // fuzz_image found a WebP VP8X header read one byte past a 30-byte file.
    quint32 be32(qint64 at) const { return has(at, 4) ? qFromBigEndian<quint32>(b.constData() + at) : 0; }
    quint16 be16(qint64 at) const { return has(at, 2) ? qFromBigEndian<quint16>(b.constData() + at) : 0; }
    quint32 le32(qint64 at) const { return has(at, 4) ? qFromLittleEndian<quint32>(b.constData() + at) : 0; }
    quint16 le16(qint64 at) const { return has(at, 2) ? qFromLittleEndian<quint16>(b.constData() + at) : 0; }
    quint8 u8(qint64 at) const { return has(at, 1) ? quint8(b[at]) : 0; }
    Expected<ImageHeader> fail(const QString& why) const { return Expected<ImageHeader>::failure(why); }
    Expected<ImageHeader> png();
    Expected<ImageHeader> jpeg();
    Expected<ImageHeader> gif();
    Expected<ImageHeader> bmp();
    Expected<ImageHeader> webp();
    Expected<ImageHeader> tiff();
    Expected<ImageHeader> pnm();

    const QByteArray& b;
    ImageHeader h;
};

Expected<ImageHeader> ImageHeaderReader::read()
{
    h.format = ImageDecoder::sniffFormat(b.left(16));
    if (h.format == QLatin1String("png"))
        return png();
    if (h.format == QLatin1String("jpeg"))
        return jpeg();
    if (h.format == QLatin1String("gif"))
        return gif();
    if (h.format == QLatin1String("bmp"))
        return bmp();
    if (h.format == QLatin1String("webp"))
        return webp();
    if (h.format == QLatin1String("tiff"))
        return tiff();
    if (h.format == QLatin1String("pnm"))
        return pnm();
    return fail(tr("not an image (unrecognised content)"));
}

Expected<ImageHeader> ImageHeaderReader::png()
{
    if (!has(8, 25) || b.mid(12, 4) != "IHDR")
        return fail(tr("PNG without a valid IHDR chunk"));
    h.width = be32(16);
    h.height = be32(20);
    // An APNG announces itself with an acTL chunk before the first IDAT.
    for (qint64 at = 8; has(at, 8);) {
        const quint32 length = be32(at);
        const QByteArray type = b.mid(at + 4, 4);
        if (type == "acTL" && has(at + 8, 4)) {
            h.frames = std::max<quint32>(2, be32(at + 8));
            break;
        }
        if (type == "IDAT" || type == "IEND")
            break;
        at += 12 + qint64(length);
    }
    return h;
}

Expected<ImageHeader> ImageHeaderReader::jpeg()
{
    for (qint64 at = 2; has(at, 4);) {
        if (u8(at) != 0xFF)
            return fail(tr("JPEG with a broken marker structure"));
        const quint8 marker = u8(at + 1);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            at += 2;
            continue;
        }
        const quint16 length = be16(at + 2);
        const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            if (!has(at + 4, 5))
                break;
            h.height = be16(at + 5);
            h.width = be16(at + 7);
            return h;
        }
        if (marker == 0xDA || marker == 0xD9)
            break;
        at += 2 + length;
    }
    return fail(tr("JPEG without a frame header (truncated or corrupt)"));
}

Expected<ImageHeader> ImageHeaderReader::gif()
{
    if (!has(0, 13))
        return fail(tr("truncated GIF header"));
    h.width = le16(6);
    h.height = le16(8);
    // Count image descriptors, skipping colour tables, extensions and LZW data sub-blocks.
    qint64 at = 13;
    if (u8(10) & 0x80)
        at += 3 * (qint64(1) << ((u8(10) & 7) + 1));
    int frames = 0;
    auto skipSubBlocks = [&] {
        while (has(at, 1) && u8(at) != 0)
            at += 1 + u8(at);
        ++at;
    };
    while (has(at, 1) && frames < 2) {
        const quint8 tag = u8(at);
        if (tag == 0x3B)
            break;
        if (tag == 0x21) {
            at += 2;
            skipSubBlocks();
        } else if (tag == 0x2C && has(at, 10)) {
            ++frames;
            const quint8 flags = u8(at + 9);
            at += 10;
            if (flags & 0x80)
                at += 3 * (qint64(1) << ((flags & 7) + 1));
            ++at; // LZW minimum code size
            skipSubBlocks();
        } else {
            break;
        }
    }
    h.frames = std::max(1, frames);
    return h;
}

Expected<ImageHeader> ImageHeaderReader::bmp()
{
    if (!has(0, 26))
        return fail(tr("truncated BMP header"));
    if (le32(14) == 12) { // OS/2 BITMAPCOREHEADER
        h.width = le16(18);
        h.height = le16(20);
    } else {
        h.width = qint32(le32(18));
        h.height = std::abs(qint32(le32(22)));
    }
    return h;
}

Expected<ImageHeader> ImageHeaderReader::webp()
{
    if (!has(12, 8))
        return fail(tr("truncated WebP header"));
    const QByteArray chunk = b.mid(12, 4);
    if (chunk == "VP8X" && has(20, 11)) {
        h.frames = (u8(20) & 0x02) ? 2 : 1;
        h.width = 1 + (le32(24) & 0xFFFFFF);
        h.height = 1 + (le32(27) & 0xFFFFFF);
        return h;
    }
    if (chunk == "VP8 " && has(20, 10)) {
        h.width = le16(26) & 0x3FFF;
        h.height = le16(28) & 0x3FFF;
        return h;
    }
    if (chunk == "VP8L" && has(20, 5)) {
        const quint32 bits = le32(21);
        h.width = 1 + (bits & 0x3FFF);
        h.height = 1 + ((bits >> 14) & 0x3FFF);
        return h;
    }
    return fail(tr("WebP with an unknown chunk layout"));
}

Expected<ImageHeader> ImageHeaderReader::tiff()
{
    const bool little = b[0] == 'I';
    auto u16 = [&](qint64 at) { return little ? le16(at) : be16(at); };
    auto u32 = [&](qint64 at) { return little ? le32(at) : be32(at); };
    if (!has(0, 8))
        return fail(tr("truncated TIFF header"));
    const qint64 ifd = u32(4);
    if (!has(ifd, 2))
        return fail(tr("TIFF whose first directory lies beyond the end of the file"));
    const int entries = u16(ifd);
    if (!has(ifd + 2, qint64(entries) * 12 + 4))
        return fail(tr("truncated TIFF directory"));
    for (int i = 0; i < entries; ++i) {
        const qint64 e = ifd + 2 + qint64(i) * 12;
        const quint16 tag = u16(e), type = u16(e + 2);
        const quint32 value = type == 3 ? u16(e + 8) : u32(e + 8);
        if (tag == 256)
            h.width = value;
        else if (tag == 257)
            h.height = value;
    }
    h.frames = u32(ifd + 2 + qint64(entries) * 12) != 0 ? 2 : 1;
    return h;
}

Expected<ImageHeader> ImageHeaderReader::pnm()
{
    // "P5 <width> <height> <maxval>" with comments (#…) and any white space between the fields.
    qint64 values[2] = {0, 0};
    int found = 0;
    for (qint64 at = 2; at < b.size() && found < 2;) {
        const char c = b[at];
        if (c == '#') {
            while (at < b.size() && b[at] != '\n')
                ++at;
        } else if (c >= '0' && c <= '9') {
            qint64 v = 0;
            while (at < b.size() && b[at] >= '0' && b[at] <= '9' && v < (qint64(1) << 40))
                v = v * 10 + (b[at++] - '0');
            values[found++] = v;
        } else {
            ++at;
        }
    }
    if (found < 2)
        return fail(tr("truncated PNM header"));
    h.width = values[0];
    h.height = values[1];
    return h;
}

} // namespace

Expected<ImageHeader> ImageHeader::read(const QByteArray& bytes)
{
    return ImageHeaderReader(bytes).read();
}

} // namespace picta
