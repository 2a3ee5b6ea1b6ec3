#pragma once

#include <QImage>
#include <QString>

namespace picta {

/// A QR code of a text (libqrencode, error correction M), black on white with the standard
/// four-module quiet zone, `scale` pixels per module: what a class scans from the projector.
class QrCodeImage {
public:
    /// A null image when the text does not fit in a QR code.
    static QImage encode(const QString& text, int scale = 8);
};

} // namespace picta
