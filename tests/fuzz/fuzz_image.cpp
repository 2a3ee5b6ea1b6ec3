// Image header sniffing, the header reader and the decoder, on arbitrary bytes.
#include "cleaning/imageheader.h"
#include "imaging/imagedecoder.h"

#include <opencv2/core/utility.hpp>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool once = [] {
        cv::setNumThreads(1);
        return true;
    }();
    (void)once;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)picta::ImageDecoder::sniffFormat(bytes.left(16));
    (void)picta::ImageHeader::read(bytes);
    const auto image = picta::ImageDecoder::decodeBytes(bytes, QStringLiteral("fuzz"), picta::ImageDecoder::Color::Rgb);
    if (image && (image->empty() || image->channels() != 3))
        __builtin_trap(); // a success is a whole RGB picture
    return 0;
}
