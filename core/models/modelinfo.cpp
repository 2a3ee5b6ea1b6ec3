#include "modelinfo.h"

#include "modelcatalog.h"
#include "support/atomicfile.h"
#include "support/limits.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace picta {

namespace {

QJsonArray toArray(const std::vector<float>& values)
{
    QJsonArray array;
    for (float v : values)
        array.append(double(v));
    return array;
}

} // namespace

QJsonObject ModelInfo::toJson() const
{
    return QJsonObject{
        {"format", 1},
        {"arch", arch},
        {"input",
         QJsonObject{{"channels", inputChannels},
                     {"size", imageSize},
                     {"layout", "NCHW"},
                     {"color", inputChannels == 1 ? "gray" : "rgb"},
                     {"resize", "shorter-side-then-centre-crop"},
                     {"scale", 1.0 / 255.0},
                     {"mean", toArray(mean)},
                     {"std", toArray(std)}}},
        {"classes", QJsonArray::fromStringList(classes)},
        {"status", statusName(status)},
        {"epochs", epochs},
        {"epochs_completed", epochsCompleted},
        {"metrics", metrics},
        {"training", training},
        {"created", created},
        {"weights", "model.safetensors"},
        {"weights_sha256", weightsSha256},
        {"weights_bytes", weightsBytes},
    };
}

Expected<ModelInfo> ModelInfo::fromJson(const QJsonObject& json, const QString& name)
{
    using R = Expected<ModelInfo>;
    auto bad = [&](const QString& field, const QString& why) { return R::failure(tr("%1: field '%2' %3").arg(name, field, why)); };
    // An integer field: a JSON number that is a whole number within [low, high].
    auto integer = [&](const QJsonValue& v, const QString& field, int low, int high, int* out) -> QString {
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < low || d > high)
            return tr("%1: field '%2' is %3, expected a whole number from %4 to %5")
                .arg(name, field, v.isDouble() ? QString::number(d) : QStringLiteral("missing or not a number"))
                .arg(low)
                .arg(high);
        *out = int(d);
        return {};
    };
    ModelInfo info;
    info.arch = json.value("arch").toString();
    const ArchitectureInfo* arch = ModelCatalog::find(info.arch);
    if (!arch)
        return bad(QStringLiteral("arch"),
                   tr("names no known architecture ('%1'; known: %2)").arg(info.arch, ModelCatalog::names().join(", ")));
    const QJsonObject input = json.value("input").toObject();
    if (QString why = integer(input.value("channels"), "input.channels", 1, 3, &info.inputChannels); !why.isEmpty())
        return R::failure(why);
    if (info.inputChannels == 2)
        return bad(QStringLiteral("input.channels"), tr("is 2, expected 1 (gray) or 3 (RGB)"));
    if (QString why = integer(input.value("size"), "input.size", std::max(4, arch->minImageSize), Limits::kMaxImageSize, &info.imageSize);
        !why.isEmpty())
        return R::failure(why);
    for (const char* key : {"mean", "std"}) {
        const QJsonArray values = input.value(key).toArray();
        std::vector<float>& out = QLatin1String(key) == QLatin1String("mean") ? info.mean : info.std;
        out.clear();
        if (values.size() != info.inputChannels)
            return bad(QStringLiteral("input.") + key,
                       tr("has %1 values for %n channel(s)", nullptr, info.inputChannels).arg(values.size()));
        for (const QJsonValue& v : values) {
            const double d = v.toDouble(std::nan(""));
            const bool isStd = QLatin1String(key) == QLatin1String("std");
            if (!std::isfinite(d) || std::abs(d) > Limits::kMaxNormalisation || (isStd && d < Limits::kMinStd))
                return bad(QStringLiteral("input.") + key,
                           isStd ? tr("holds %1, expected a number from %2 to %3")
                                       .arg(v.isDouble() ? QString::number(d) : QStringLiteral("a non-number"))
                                       .arg(Limits::kMinStd)
                                       .arg(Limits::kMaxNormalisation)
                                 : tr("holds %1, expected a number from -%2 to %2")
                                       .arg(v.isDouble() ? QString::number(d) : QStringLiteral("a non-number"))
                                       .arg(Limits::kMaxNormalisation));
            out.push_back(float(d));
        }
    }
    const QJsonArray classes = json.value("classes").toArray();
    if (classes.size() < 2 || classes.size() > Limits::kMaxClasses)
        return bad(QStringLiteral("classes"),
                   tr("lists %n class(es), expected 2 to %2", nullptr, int(classes.size())).arg(Limits::kMaxClasses));
    for (const QJsonValue& v : classes) {
        if (!v.isString() || v.toString().isEmpty() || info.classes.contains(v.toString()))
            return bad(QStringLiteral("classes"), tr("holds an empty, repeated or non-text name"));
        info.classes << v.toString();
    }
    info.status = parseStatus(json.value("status").toString());
    if (QString why
        = integer(json.value("epochs").isUndefined() ? QJsonValue(0) : json.value("epochs"), "epochs", 0, Limits::kMaxEpochs, &info.epochs);
        !why.isEmpty())
        return R::failure(why);
    if (QString why = integer(json.value("epochs_completed").isUndefined() ? QJsonValue(0) : json.value("epochs_completed"),
                              "epochs_completed", 0, std::max(info.epochs, 0), &info.epochsCompleted);
        !why.isEmpty())
        return R::failure(why);
    info.metrics = json.value("metrics").toObject();
    info.training = json.value("training").toObject();
    info.created = json.value("created").toString();
    info.weightsSha256 = json.value("weights_sha256").toString();
    if (!info.weightsSha256.isEmpty()
        && (info.weightsSha256.size() != 64
            || QByteArray::fromHex(info.weightsSha256.toLatin1()).toHex() != info.weightsSha256.toLatin1().toLower()))
        return bad(QStringLiteral("weights_sha256"), tr("is not a SHA-256 in hex"));
    info.weightsBytes = json.value("weights_bytes").toInteger(0);
    if (info.weightsBytes < 0)
        return bad(QStringLiteral("weights_bytes"), tr("is negative"));
    return info;
}

Expected<ModelInfo> ModelInfo::load(const QString& path)
{
    const auto read = AtomicFile::read(path);
    if (!read)
        return Expected<ModelInfo>::failure(read.error());
    const QByteArray& bytes = *read;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Expected<ModelInfo>::failure(
            tr("%1 is not valid JSON: %2 at byte %3").arg(QDir::toNativeSeparators(path), parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return Expected<ModelInfo>::failure(tr("%1 is not a model description (a JSON object)").arg(QDir::toNativeSeparators(path)));
    return fromJson(doc.object(), QDir::toNativeSeparators(path));
}

Status ModelInfo::save(const QString& path) const
{
    return AtomicFile::write(path, QJsonDocument(toJson()).toJson());
}

QString ModelInfo::statusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Training:
        return QStringLiteral("training");
    case RunStatus::Complete:
        return QStringLiteral("complete");
    case RunStatus::Cancelled:
        return QStringLiteral("cancelled");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    case RunStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

RunStatus ModelInfo::parseStatus(const QString& name)
{
    for (RunStatus s : {RunStatus::Training, RunStatus::Complete, RunStatus::Cancelled, RunStatus::Failed})
        if (name == statusName(s))
            return s;
    return RunStatus::Unknown;
}

} // namespace picta
