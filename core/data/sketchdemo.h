#pragma once

#include "project/project.h"
#include "support/expected.h"

#include <QCoreApplication>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <functional>

namespace picta {

/// A hand-drawn-looking sketch dataset made procedurally, so that the Draw tab works out of the
/// box: circle, square, triangle, star, heart and zigzag, drawn as one or two wobbly strokes of
/// varied size, position, rotation and thickness, dark ink on white as a canvas draws.
class SketchDemo {
    Q_DECLARE_TR_FUNCTIONS(SketchDemo)

public:
    static constexpr int kSize = 64; ///< pixels per side of each drawing

    static QStringList classNames();
    /// One drawing of `shape` (an index into classNames()), 8-bit gray, from `seed`.
    static cv::Mat draw(int shape, unsigned seed);
    /// Writes a project with `perClass` drawings per class (a quarter of them validation), each
    /// cropped to its ink and centred by SketchPreprocessor, as the Draw tab prepares drawings.
    static Expected<Project> createProject(const QString& outDir, int perClass = 300, const std::function<void(int, int)>& progress = {});
};

} // namespace picta
