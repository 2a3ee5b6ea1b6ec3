#pragma once

#include <QByteArray>
#include <QMetaType>

namespace picta {

/// Pixels handed from the GUI (a pasted image, a drawing) to core without QtGui: ui/ converts a
/// QImage into this plain value, core turns it into a tensor.
struct RawImage {
    enum class Format { Gray8, Rgb888, Rgba8888 };
    int width = 0;
    int height = 0;
    int bytesPerLine = 0;
    Format format = Format::Rgba8888;
    QByteArray data;

    bool isValid() const { return width > 0 && height > 0 && data.size() >= qsizetype(bytesPerLine) * height; }
};

} // namespace picta

Q_DECLARE_METATYPE(picta::RawImage)
