#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace picta {

enum class Split { Train, Validation };

/// One labelled image of a project: where it is, its class and which split it belongs to.
struct ImageEntry {
    QString path;         ///< absolute path
    QString relativePath; ///< relative to the images folder, e.g. "Bag/0001.png"
    int classIndex = -1;
    Split split = Split::Train;
};

/// A file or folder that could not be listed, with the reason.
struct ListingProblem {
    QString path;
    QString reason;
};

} // namespace picta

Q_DECLARE_METATYPE(picta::ImageEntry)
