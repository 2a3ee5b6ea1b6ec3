#pragma once

#include "imaging/rawimage.h"

#include <opencv2/core/mat.hpp>

#include <optional>

namespace picta {

/// Prepares a drawing the way Quick, Draw! prepared its bitmaps: crop to the ink's bounding box,
/// pad to a square with a margin, centre, resize, and give it the polarity the model was trained
/// on. Ink is whatever is darker than the paper (a canvas draws dark on white).
class SketchPreprocessor {
public:
    /// Fraction of the square left free on each side around the ink.
    static constexpr double kMargin = 0.1;

    /// `gray`: 8-bit, one channel, dark ink on light paper. Returns nothing when there is no ink.
    /// `lightInk`: the model saw light strokes on a dark ground (MNIST, Quick Draw), so invert.
    static std::optional<cv::Mat> prepare(const cv::Mat& gray, int size, bool lightInk);
    /// The same for a canvas image from the ui (any RawImage format; alpha counts as paper).
    static std::optional<RawImage> prepare(const RawImage& canvas, int size, bool lightInk);
    /// Whether a model with this per-channel training mean (0–1) expects light ink on dark.
    static bool expectsLightInk(float trainingMean) { return trainingMean < 0.5f; }
};

} // namespace picta
