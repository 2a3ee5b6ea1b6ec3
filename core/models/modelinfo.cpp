#include "modelinfo.h"

#include "support/atomicfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace picta {

namespace {

QJsonArray toArray(const std::vector<float>& values)
{
    QJsonArray array;
    for (float v : values)
        array.append(double(v));
    return array;
}

std::vector<float> toFloats(const QJsonArray& array)
{
    std::vector<float> values;
    for (const QJsonValue& v : array)
        values.push_back(float(v.toDouble()));
    return values;
}

} // namespace

QJsonObject ModelInfo::toJson() const
{
    return QJsonObject{
        {"format", 1},
        {"arch", arch},
        {"input", QJsonObject{{"channels", inputChannels},
                              {"size", imageSize},
                              {"layout", "NCHW"},
                              {"color", inputChannels == 1 ? "gray" : "rgb"},
                              {"resize", "shorter-side-then-centre-crop"},
                              {"scale", 1.0 / 255.0},
                              {"mean", toArray(mean)},
                              {"std", toArray(std)}}},
        {"classes", QJsonArray::fromStringList(classes)},
        {"status", status},
        {"epochs", epochs},
        {"epochs_completed", epochsCompleted},
        {"metrics", metrics},
        {"training", training},
        {"created", created},
        {"weights", "model.safetensors"},
    };
}

Expected<ModelInfo> ModelInfo::fromJson(const QJsonObject& json, const QString& name)
{
    ModelInfo info;
    info.arch = json.value("arch").toString();
    const QJsonObject input = json.value("input").toObject();
    info.inputChannels = input.value("channels").toInt();
    info.imageSize = input.value("size").toInt();
    info.mean = toFloats(input.value("mean").toArray());
    info.std = toFloats(input.value("std").toArray());
    for (const QJsonValue& v : json.value("classes").toArray())
        info.classes << v.toString();
    info.status = json.value("status").toString();
    info.epochs = json.value("epochs").toInt();
    info.epochsCompleted = json.value("epochs_completed").toInt();
    info.metrics = json.value("metrics").toObject();
    info.training = json.value("training").toObject();
    info.created = json.value("created").toString();

    if (info.arch.isEmpty() || (info.inputChannels != 1 && info.inputChannels != 3) || info.imageSize < 4
        || info.classes.size() < 2 || int(info.mean.size()) != info.inputChannels
        || int(info.std.size()) != info.inputChannels)
        return Expected<ModelInfo>::failure(
            tr("%1: incomplete model description (architecture, input or classes missing)").arg(name));
    return info;
}

Expected<ModelInfo> ModelInfo::load(const QString& path)
{
    QByteArray bytes;
    QString error;
    if (!AtomicFile::read(path, &bytes, &error))
        return Expected<ModelInfo>::failure(error);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject())
        return Expected<ModelInfo>::failure(
            tr("%1 is not valid JSON: %2").arg(QDir::toNativeSeparators(path), parseError.errorString()));
    return fromJson(doc.object(), QDir::toNativeSeparators(path));
}

bool ModelInfo::save(const QString& path, QString* error) const
{
    return AtomicFile::write(path, QJsonDocument(toJson()).toJson(), error);
}

} // namespace picta
