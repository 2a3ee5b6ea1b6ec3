// model.json (ModelInfo) and the training settings inside it, on arbitrary bytes.
#include "models/modelinfo.h"
#include "training/trainingtypes.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    const auto info = picta::ModelInfo::fromJson(json, QStringLiteral("fuzz"));
    if (info) {
        // What was accepted is within the limits that keep allocation bounded.
        if (info->imageSize < 4 || info->imageSize > 1024 || (info->inputChannels != 1 && info->inputChannels != 3)
            || info->classes.size() < 2 || int(info->std.size()) != info->inputChannels)
            __builtin_trap();
        (void)info->toJson();
    }
    const picta::TrainingConfig config = picta::TrainingConfig::fromJson(json.value("training").toObject());
    (void)config.problem(QStringLiteral("fuzz"));
    (void)config.totalEpochs();
    return 0;
}
