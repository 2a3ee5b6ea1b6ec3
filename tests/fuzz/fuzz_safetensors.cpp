// The safetensors reader (model weights, checkpoints, pretrained backbones) on arbitrary bytes.
#include "models/safetensors.h"

#include <torch/torch.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    picta::SafeTensors::Metadata metadata;
    const auto tensors = picta::SafeTensors::parse(bytes, QStringLiteral("fuzz"), &metadata);
    if (tensors)
        for (const auto& [name, tensor] : *tensors)
            (void)tensor.sum(); // every byte of every tensor is readable
    return 0;
}
