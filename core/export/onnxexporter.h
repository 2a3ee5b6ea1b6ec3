#pragma once

#include "models/modelinfo.h"
#include "support/expected.h"
#include "support/status.h"

#include <QCoreApplication>
#include <QString>

namespace picta {

class Classifier;

/// Writes a trained run as ONNX (opset 13) that predicts what Picta's Predictor predicts:
/// - input "image": float32 [batch, channels, S, S], the image already fitted to S px by
///   resizeRule(), pixel values 0–255, RGB (or one gray channel); height and width are free for
///   networks with global pooling;
/// - in the graph: ÷255, − mean, ÷ std (the run's normalisation), the network, softmax;
/// - output "probabilities": float32 [batch, classes];
/// - metadata_props: picta.classes (JSON array), picta.resize (the rule in words),
///   picta.image_size, picta.channels, picta.color, picta.mean, picta.std, picta.arch.
/// onnx::checker and strict shape inference pass on every file written; a layer without an ONNX
/// form is refused by name and nothing is written. No torch header: ui/ includes this.
class OnnxExporter {
    Q_DECLARE_TR_FUNCTIONS(OnnxExporter)

public:
    /// The ONNX bytes of a run folder (model.json + model.safetensors).
    static Expected<QByteArray> exportRun(const QString& runDir);
    /// The ONNX bytes of a network in memory described by `info`.
    static Expected<QByteArray> exportModel(Classifier& model, const ModelInfo& info);
    /// exportRun() written atomically to `out`.
    static Status write(const QString& runDir, const QString& out);
    enum Language { English, Translated };
    /// How an image becomes the model's input, in words: in English for model.onnx's picta.resize,
    /// in the user's language for the package README.
    static QString resizeRule(const ModelInfo& info, Language language = Translated);
};

} // namespace picta
