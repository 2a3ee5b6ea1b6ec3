#pragma once

#include "support/status.h"
#include "support/expected.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <torch/types.h>

#include <string>
#include <utility>
#include <vector>

namespace picta {

/// Reader and writer of the safetensors format (huggingface/safetensors): an 8-byte little-endian
/// header length, a JSON header mapping names to {dtype, shape, data_offsets}, then raw tensor bytes.
/// Nothing in a file is executed on load, and every offset is checked before a byte is copied.
class SafeTensors {
    Q_DECLARE_TR_FUNCTIONS(SafeTensors)

public:
    using NamedTensors = std::vector<std::pair<std::string, torch::Tensor>>;
    using Metadata = QMap<QString, QString>;

    static QByteArray serialize(const NamedTensors& tensors, const Metadata& metadata = {});
    static Status save(const QString& path, const NamedTensors& tensors, const Metadata& metadata = {});

    /// `name` is used in error messages.
    static Expected<NamedTensors> parse(const QByteArray& bytes, const QString& name, Metadata* metadata = nullptr);
    static Expected<NamedTensors> load(const QString& path, Metadata* metadata = nullptr);

    static constexpr qint64 kMaxHeaderBytes = 100 * 1024 * 1024;
};

} // namespace picta
