#pragma once

#include "support/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace picta {

/// What an image file's header says, read without decoding any pixels: enough to refuse a
/// decompression bomb or an animation before the decoder sees it.
struct ImageHeader {
    QString format; ///< as ImageDecoder::sniffFormat names it
    qint64 width = 0, height = 0;
    int frames = 1; ///< > 1: animated (GIF, APNG, WebP) or multi-page (TIFF); 2 means "at least two"

    /// Reads the header of PNG, JPEG, GIF, BMP, WebP, TIFF and PNM bytes (the whole file, or at
    /// least its start: JPEG's size may sit after large metadata). Fails for other content.
    static Expected<ImageHeader> read(const QByteArray& bytes);
};

} // namespace picta
