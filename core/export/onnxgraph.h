#pragma once

#include "models/mobileblock.h"
#include "support/expected.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace picta {

/// Thrown while a network describes itself when one of its layers has no ONNX form; the
/// message names the layer. OnnxExporter turns it into an error before anything is written.
class OnnxUnsupported : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// An ONNX graph (opset 13) built node by node from a network's own layers: each architecture
/// describes its forward pass with these calls (Classifier::describeOnnx, next to forward()),
/// and the parity test runs the result in an independent runtime against libtorch.
///
/// Only operators that OpenCV 4.6's ONNX importer reads are written, as checked here with
/// python3-opencv: ReLU6 is Relu(x) − Relu(x − 6), since 4.6 refuses Clip with the min/max
/// inputs that opset ≥ 11 requires; hard-sigmoid is relu(v) − relu(v − 1) with v = x/6 + 1/2,
/// since 4.6 computes a squeeze-excite gate of HardSigmoid wrongly; hard-swish is x times that;
/// SiLU is x · Sigmoid(x). Per-channel constants go in as 1×1 depth-wise convolutions (4.6 fails
/// on [1, C, 1, 1] broadcasts with three channels and a free batch).
/// Values are named by the graph ("Conv_3", "Conv_3.weight"); the builder hides protobuf.
class OnnxGraph {
    Q_DECLARE_TR_FUNCTIONS(OnnxGraph)

public:
    using Value = std::string;
    static constexpr int kOpset = 13;

    OnnxGraph();
    ~OnnxGraph();
    OnnxGraph(const OnnxGraph&) = delete;
    OnnxGraph& operator=(const OnnxGraph&) = delete;

    /// The float32 input [batch, channels, side, side]; side 0 leaves height and width free.
    Value input(const std::string& name, int channels, int side);
    /// Marks `value` as the output `name`, [batch, width].
    void output(const Value& value, const std::string& name, int width);
    /// A constant (an initializer) holding a copy of `tensor` as float32.
    Value constant(const torch::Tensor& tensor, const std::string& hint);

    Value conv(const torch::nn::Conv2d& conv, const Value& x);
    /// Inference-mode batch normalisation with the layer's running statistics.
    Value batchNorm(const torch::nn::BatchNorm2d& bn, const Value& x);
    /// Gemm with the layer's weight transposed: x·Wᵀ + b on [batch, features].
    Value linear(const torch::nn::Linear& linear, const Value& x);
    /// x · scale[c] + shift[c] per channel (a 1×1 depth-wise convolution; `scale`, `shift`: [C]).
    Value channelAffine(const Value& x, const torch::Tensor& scale, const torch::Tensor& shift);
    Value activation(const Value& x, Activation activation);
    Value relu(const Value& x) { return activation(x, Activation::ReLU); }
    Value maxPool(const Value& x, int kernel, int stride, int padding);
    Value globalAveragePool(const Value& x);
    Value flatten(const Value& x);
    Value add(const Value& a, const Value& b);
    Value sub(const Value& a, const Value& b);
    Value mul(const Value& a, const Value& b);
    Value div(const Value& a, const Value& b);
    Value softmax(const Value& x);
    /// Each layer of a Sequential in turn (convolution, batch norm, ReLU, max pooling, global
    /// average pooling, flatten, linear; dropout is the identity at inference). Any other layer
    /// throws OnnxUnsupported naming it.
    Value sequential(const torch::nn::Sequential& layers, const Value& x);

    /// The model: checked with onnx::checker, serialised. `metadata` becomes metadata_props.
    Expected<QByteArray> finish(const QMap<QString, QString>& metadata, const QString& description, const QString& producerVersion);
    /// Nodes added so far, by operator ("Conv" → 20): the README's table and the tests.
    std::map<std::string, int> operatorCounts() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace picta
