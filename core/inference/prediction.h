#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace picta {

/// One class and its probability.
struct ClassScore {
    QString className;
    int classIndex = -1;
    double probability = 0;
};

/// A prediction for one image: the top-k classes, best first, or the reason there is none.
struct Prediction {
    QString source; ///< file path or a description of the in-memory image
    QVector<ClassScore> top;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace picta

Q_DECLARE_METATYPE(picta::Prediction)
