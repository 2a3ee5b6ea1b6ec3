#pragma once

#include "rawimage.h"
#include "support/expected.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace picta {

/// What training augmentation does to a project's images: a few training images, each shown as
/// the network would see it in several epochs, as plain pixels for the GUI.
class AugmentationPreview {
    Q_DECLARE_TR_FUNCTIONS(AugmentationPreview)

public:
    /// `images` source images (spread over the classes) × `variants` augmented versions, row by row,
    /// at `size` px (0: the project's size).
    static Expected<QVector<RawImage>> make(const QString& projectDir, int size = 0, int images = 4, int variants = 4, quint64 seed = 1);
};

} // namespace picta
