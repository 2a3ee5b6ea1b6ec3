#pragma once

#include "imaging/rawimage.h"

#include <QString>

namespace picta {

/// Where a model looked for one class in one image (Grad-CAM, Selvaraju et al. 2017): the last
/// convolutional maps weighted by the gradient of the class score, kept where positive.
struct GradCamResult {
    RawImage heat;    ///< Gray8, the model's input size: 0 = no attention, 255 = the most
    RawImage overlay; ///< Rgb888, 256 px: the image as the model sees it with the heat in colour
    int classIndex = -1;
    QString className;
    double probability = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace picta
