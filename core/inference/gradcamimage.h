#pragma once

#include "gradcamresult.h"
#include "support/status.h"

#include <QCoreApplication>
#include <QString>

namespace picta {

/// Writes a Grad-CAM overlay as a PNG file (atomically), for `picta-cli predict --gradcam` and
/// anything else that saves where the model looked.
class GradCamImage {
    Q_DECLARE_TR_FUNCTIONS(GradCamImage)

public:
    static Status writePng(const GradCamResult& cam, const QString& path);
    /// The file name an overlay of `imagePath` gets: "<name>-gradcam.png".
    static QString fileNameFor(const QString& imagePath);
};

} // namespace picta
