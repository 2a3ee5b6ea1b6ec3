#pragma once

#include "models/modelinfo.h"
#include "support/status.h"

#include <QCoreApplication>
#include <QString>

namespace picta {

/// A trained run as one zip to hand on: model.onnx (OnnxExporter), model.safetensors and
/// model.json (the run's own, for Picta), labels.txt, README.md (input, the exact resize rule,
/// classes, the run's accuracy, the training data's credits), CREDITS.md when the project's
/// sources.csv has rows, and predict.py, a reference script that needs only Python and OpenCV
/// and reproduces Picta's answers. Written atomically: a failure leaves no file.
class ModelPackage {
    Q_DECLARE_TR_FUNCTIONS(ModelPackage)

public:
    static Status write(const QString& runDir, const QString& out);
    /// The package's README.md. `creditsCount`: images with a sources.csv row (0: none known).
    static QString readme(const ModelInfo& info, qint64 onnxBytes, int creditsCount);
    /// predict.py, as shipped in the package.
    static QByteArray predictScript();
    /// The project a run folder belongs to (…/runs/<id> → …), or empty when it is not in one.
    static QString projectOf(const QString& runDir);
};

} // namespace picta
