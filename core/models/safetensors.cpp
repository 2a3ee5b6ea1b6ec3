#include "safetensors.h"

#include "support/atomicfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <torch/torch.h>

#include <algorithm>
#include <cstring>

namespace picta {

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "safetensors data is little-endian; add byte swapping");

namespace {

struct DtypeName {
    const char* name;
    torch::ScalarType type;
};

const DtypeName kDtypes[] = {
    {"F64", torch::kFloat64}, {"F32", torch::kFloat32}, {"F16", torch::kFloat16}, {"BF16", torch::kBFloat16}, {"I64", torch::kInt64},
    {"I32", torch::kInt32},   {"I16", torch::kInt16},   {"I8", torch::kInt8},     {"U8", torch::kUInt8},      {"BOOL", torch::kBool},
};

const char* dtypeName(torch::ScalarType type)
{
    for (const DtypeName& d : kDtypes)
        if (d.type == type)
            return d.name;
    return nullptr;
}

std::optional<torch::ScalarType> dtypeFromName(const QString& name)
{
    for (const DtypeName& d : kDtypes)
        if (name == QLatin1String(d.name))
            return d.type;
    return std::nullopt;
}

} // namespace

QByteArray SafeTensors::serialize(const NamedTensors& tensors, const Metadata& metadata)
{
    QJsonObject header;
    if (!metadata.isEmpty()) {
        QJsonObject meta;
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            meta[it.key()] = it.value();
        header["__metadata__"] = meta;
    }
    std::vector<torch::Tensor> contiguous;
    qint64 offset = 0;
    for (const auto& [name, tensor] : tensors) {
        torch::Tensor t = tensor.detach().to(torch::kCPU).contiguous();
        const char* dtype = dtypeName(t.scalar_type());
        TORCH_CHECK(dtype, "safetensors: unsupported dtype for ", name);
        const qint64 bytes = qint64(t.numel() * t.element_size());
        QJsonArray shape;
        for (int64_t d : t.sizes())
            shape.append(qint64(d));
        header[QString::fromStdString(name)]
            = QJsonObject{{"dtype", dtype}, {"shape", shape}, {"data_offsets", QJsonArray{offset, offset + bytes}}};
        offset += bytes;
        contiguous.push_back(t);
    }
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    while (json.size() % 8 != 0) // the reference implementation aligns the data to 8 bytes
        json.append(' ');

    QByteArray out;
    out.reserve(8 + json.size() + offset);
    char length[8];
    qToLittleEndian<quint64>(quint64(json.size()), length);
    out.append(length, 8);
    out.append(json);
    for (const torch::Tensor& t : contiguous)
        out.append(static_cast<const char*>(t.data_ptr()), qsizetype(t.numel() * t.element_size()));
    return out;
}

Status SafeTensors::save(const QString& path, const NamedTensors& tensors, const Metadata& metadata)
{
    return AtomicFile::write(path, serialize(tensors, metadata));
}

Expected<SafeTensors::NamedTensors> SafeTensors::load(const QString& path, Metadata* metadata)
{
    const auto bytes = AtomicFile::read(path, qint64(4) << 30);
    if (!bytes)
        return Expected<NamedTensors>::failure(bytes.error());
    return parse(*bytes, QDir::toNativeSeparators(path), metadata);
}

Expected<SafeTensors::NamedTensors> SafeTensors::parse(const QByteArray& bytes, const QString& name, Metadata* metadata)
{
    using R = Expected<NamedTensors>;
    if (bytes.size() < 8)
        return R::failure(tr("%1: not a safetensors file (shorter than its 8-byte header length)").arg(name));
    const quint64 headerLength = qFromLittleEndian<quint64>(bytes.constData());
    if (headerLength > quint64(kMaxHeaderBytes) || headerLength > quint64(bytes.size() - 8))
        return R::failure(tr("%1: header length %2 exceeds the file").arg(name).arg(headerLength));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(8, qsizetype(headerLength)), &parseError);
    if (!doc.isObject())
        return R::failure(tr("%1: header is not a JSON object (%2)").arg(name, parseError.errorString()));

    const char* data = bytes.constData() + 8 + headerLength;
    const qint64 dataSize = bytes.size() - 8 - qint64(headerLength);
    const QJsonObject header = doc.object();

    struct Span {
        qint64 begin, end;
        QString key;
    };
    std::vector<Span> spans;
    NamedTensors tensors;
    for (auto it = header.begin(); it != header.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("__metadata__")) {
            if (!it.value().isObject())
                return R::failure(tr("%1: __metadata__ is not an object").arg(name));
            const QJsonObject meta = it.value().toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m) {
                if (!m.value().isString())
                    return R::failure(tr("%1: metadata value %2 is not a string").arg(name, m.key()));
                if (metadata)
                    metadata->insert(m.key(), m.value().toString());
            }
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        const auto dtype = dtypeFromName(entry.value("dtype").toString());
        if (!dtype)
            return R::failure(tr("%1: tensor %2 has unknown dtype '%3'").arg(name, key, entry.value("dtype").toString()));
        const QJsonArray shapeJson = entry.value("shape").toArray();
        const QJsonArray offsets = entry.value("data_offsets").toArray();
        if (!entry.value("shape").isArray() || offsets.size() != 2)
            return R::failure(tr("%1: tensor %2 lacks a shape or data_offsets").arg(name, key));
        std::vector<int64_t> shape;
        qint64 numel = 1;
        for (const QJsonValue& d : shapeJson) {
            const qint64 dim = d.toInteger(-1);
            if (!d.isDouble() || dim < 0 || (dim > 0 && numel > (qint64(1) << 48) / dim))
                return R::failure(tr("%1: tensor %2 has an invalid shape").arg(name, key));
            shape.push_back(dim);
            numel *= dim;
        }
        const qint64 begin = offsets[0].toInteger(-1), end = offsets[1].toInteger(-1);
        const qint64 expected = numel * qint64(c10::elementSize(*dtype));
        if (begin < 0 || end < begin || end > dataSize)
            return R::failure(
                tr("%1: tensor %2 lies outside the file (offsets %3–%4, data %5 bytes)").arg(name, key).arg(begin).arg(end).arg(dataSize));
        if (end - begin != expected)
            return R::failure(tr("%1: tensor %2 has %3 bytes but its shape needs %4").arg(name, key).arg(end - begin).arg(expected));
        torch::Tensor t = torch::empty(shape, torch::TensorOptions().dtype(*dtype));
        if (expected > 0)
            std::memcpy(t.data_ptr(), data + begin, size_t(expected));
        tensors.push_back({key.toStdString(), t});
        spans.push_back({begin, end, key});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    qint64 cursor = 0;
    for (const Span& s : spans) {
        if (s.begin != cursor)
            return R::failure(tr("%1: tensor %2 overlaps another or leaves a gap").arg(name, s.key));
        cursor = s.end;
    }
    if (cursor != dataSize)
        return R::failure(tr("%1: %2 bytes after the last tensor").arg(name).arg(dataSize - cursor));
    return tensors;
}

} // namespace picta
