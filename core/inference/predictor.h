#pragma once

#include "gradcamresult.h"
#include "imaging/rawimage.h"
#include "models/modelinfo.h"
#include "prediction.h"
#include "support/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace picta {

class DecodedStore;

/// Loads a run folder (model.json + model.safetensors) and classifies images with the same
/// preprocessing as training. Thread-safe: calls are serialised internally.
class Predictor {
    Q_DECLARE_TR_FUNCTIONS(Predictor)

public:
    static Expected<std::shared_ptr<Predictor>> load(const QString& runDir);
    ~Predictor();

    const ModelInfo& info() const;
    QString runDir() const;

    Prediction predictFile(const QString& path, int k = 3) const;
    Prediction predictBytes(const QByteArray& encoded, const QString& name, int k = 3) const;
    Prediction predictRaw(const RawImage& image, int k = 3) const;
    /// Top-k of several files at once (batched), in the order given.
    QVector<Prediction> predictFiles(const QStringList& paths, int k = 3) const;
    /// The same for rows of a decoded-image store at this model's size and colour (the pictures
    /// training read, without decoding the files again); `sources` names each row's image.
    QVector<Prediction> predictStoreRows(const DecodedStore& store, const std::vector<int64_t>& rows, const QStringList& sources,
                                         int k = 3) const;
    /// Grad-CAM of `classIndex` (-1: the predicted class) for an image file.
    GradCamResult gradCam(const QString& path, int classIndex = -1) const;
    /// Grad-CAM of an in-memory image (a camera frame).
    GradCamResult gradCamRaw(const RawImage& image, int classIndex = -1) const;

private:
    struct Impl;
    explicit Predictor(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace picta
