#include "onnxgraph.h"

#include <onnx/checker.h>
#include <onnx/onnx_pb.h>
#include <onnx/shape_inference/implementation.h>

#include <torch/torch.h>

#include <map>

namespace picta {

struct OnnxGraph::Impl {
    onnx::ModelProto model;
    onnx::GraphProto* graph = model.mutable_graph();
    std::map<std::string, int> counts;
    int outputWidth = 0;

    // A node with a fresh name ("Conv_3") and one output of the same name.
    onnx::NodeProto* node(const std::string& op, std::initializer_list<std::string> inputs)
    {
        onnx::NodeProto* n = graph->add_node();
        const std::string name = op + "_" + std::to_string(counts[op]++);
        n->set_op_type(op);
        n->set_name(name);
        for (const std::string& input : inputs)
            n->add_input(input);
        n->add_output(name);
        return n;
    }

    static void ints(onnx::NodeProto* n, const std::string& name, std::initializer_list<int64_t> values)
    {
        onnx::AttributeProto* a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INTS);
        for (int64_t v : values)
            a->add_ints(v);
    }
    static void integer(onnx::NodeProto* n, const std::string& name, int64_t value)
    {
        onnx::AttributeProto* a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INT);
        a->set_i(value);
    }
    static void real(onnx::NodeProto* n, const std::string& name, float value)
    {
        onnx::AttributeProto* a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::FLOAT);
        a->set_f(value);
    }

    std::string tensor(const torch::Tensor& t, const std::string& name)
    {
        const torch::Tensor data = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
        onnx::TensorProto* init = graph->add_initializer();
        init->set_name(name);
        init->set_data_type(onnx::TensorProto::FLOAT);
        for (int64_t d : data.sizes())
            init->add_dims(d);
        init->set_raw_data(data.data_ptr<float>(), size_t(data.numel()) * sizeof(float));
        return name;
    }

    static void shape(onnx::ValueInfoProto* info, const std::vector<std::pair<int64_t, std::string>>& dims)
    {
        auto* type = info->mutable_type()->mutable_tensor_type();
        type->set_elem_type(onnx::TensorProto::FLOAT);
        for (const auto& [value, param] : dims) {
            auto* dim = type->mutable_shape()->add_dim();
            if (param.empty())
                dim->set_dim_value(value);
            else
                dim->set_dim_param(param);
        }
    }
};

OnnxGraph::OnnxGraph()
    : d(std::make_unique<Impl>())
{
    d->model.set_ir_version(7); // ONNX 1.7+; OpenCV 4.6 reads it
    onnx::OperatorSetIdProto* opset = d->model.add_opset_import();
    opset->set_domain("");
    opset->set_version(kOpset);
    d->graph->set_name("picta");
}

OnnxGraph::~OnnxGraph() = default;

OnnxGraph::Value OnnxGraph::input(const std::string& name, int channels, int side)
{
    onnx::ValueInfoProto* in = d->graph->add_input();
    in->set_name(name);
    if (side > 0)
        Impl::shape(in, {{0, "batch"}, {channels, {}}, {side, {}}, {side, {}}});
    else
        Impl::shape(in, {{0, "batch"}, {channels, {}}, {0, "height"}, {0, "width"}});
    return name;
}

void OnnxGraph::output(const Value& value, const std::string& name, int width)
{
    // Renames the producing node's output, so the graph has no identity node at its end.
    for (onnx::NodeProto& n : *d->graph->mutable_node())
        for (std::string& out : *n.mutable_output())
            if (out == value)
                out = name;
    Impl::shape(d->graph->add_output(), {{0, "batch"}, {width, {}}});
    d->graph->mutable_output(d->graph->output_size() - 1)->set_name(name);
    d->outputWidth = width;
}

OnnxGraph::Value OnnxGraph::constant(const torch::Tensor& tensor, const std::string& hint)
{
    return d->tensor(tensor, hint + "_" + std::to_string(d->counts["#const"]++));
}

OnnxGraph::Value OnnxGraph::conv(const torch::nn::Conv2d& conv, const Value& x)
{
    const auto& o = conv->options;
    const auto* padding = c10::get_if<torch::ExpandingArray<2>>(&o.padding());
    if (!padding || o.padding_mode().index() != 0 || o.transposed())
        throw OnnxUnsupported(tr("%1: only zero-padded convolutions with explicit padding are exported")
                                  .arg(QString::fromStdString(conv->name()))
                                  .toStdString());
    onnx::NodeProto* n = d->node("Conv", {x});
    n->add_input(d->tensor(conv->weight, n->name() + ".weight"));
    if (conv->bias.defined())
        n->add_input(d->tensor(conv->bias, n->name() + ".bias"));
    const auto& k = o.kernel_size();
    const auto& s = o.stride();
    const auto& dl = o.dilation();
    const auto& p = *padding;
    Impl::ints(n, "kernel_shape", {k->at(0), k->at(1)});
    Impl::ints(n, "strides", {s->at(0), s->at(1)});
    Impl::ints(n, "dilations", {dl->at(0), dl->at(1)});
    Impl::ints(n, "pads", {p->at(0), p->at(1), p->at(0), p->at(1)});
    Impl::integer(n, "group", o.groups());
    return n->output(0);
}

OnnxGraph::Value OnnxGraph::batchNorm(const torch::nn::BatchNorm2d& bn, const Value& x)
{
    if (!bn->running_mean.defined() || !bn->weight.defined())
        throw OnnxUnsupported(
            tr("%1: batch normalisation without running statistics or scale").arg(QString::fromStdString(bn->name())).toStdString());
    onnx::NodeProto* n = d->node("BatchNormalization", {x});
    n->add_input(d->tensor(bn->weight, n->name() + ".weight"));
    n->add_input(d->tensor(bn->bias, n->name() + ".bias"));
    n->add_input(d->tensor(bn->running_mean, n->name() + ".running_mean"));
    n->add_input(d->tensor(bn->running_var, n->name() + ".running_var"));
    Impl::real(n, "epsilon", float(bn->options.eps()));
    return n->output(0);
}

OnnxGraph::Value OnnxGraph::linear(const torch::nn::Linear& linear, const Value& x)
{
    onnx::NodeProto* n = d->node("Gemm", {x});
    n->add_input(d->tensor(linear->weight, n->name() + ".weight"));
    n->add_input(d->tensor(linear->bias.defined() ? linear->bias : torch::zeros({linear->weight.size(0)}), n->name() + ".bias"));
    Impl::integer(n, "transB", 1);
    return n->output(0);
}

OnnxGraph::Value OnnxGraph::channelAffine(const Value& x, const torch::Tensor& scale, const torch::Tensor& shift)
{
    const int64_t channels = scale.numel();
    onnx::NodeProto* n = d->node("Conv", {x});
    n->add_input(d->tensor(scale.reshape({channels, 1, 1, 1}), n->name() + ".weight"));
    n->add_input(d->tensor(shift.reshape({channels}), n->name() + ".bias"));
    Impl::ints(n, "kernel_shape", {1, 1});
    Impl::integer(n, "group", channels);
    return n->output(0);
}

OnnxGraph::Value OnnxGraph::activation(const Value& x, Activation activation)
{
    // clamp(x / 6 + 1/2, 0, 1) as relu(v) − relu(v − 1): OpenCV 4.6 gets a squeeze-excite gate
    // of HardSigmoid wrong (off by whole units against numpy, checked with python3-opencv).
    auto hardSigmoid = [&](const Value& in) {
        const Value v = add(mul(in, constant(torch::full({1}, 1.0f / 6.0f), "sixth")), constant(torch::full({1}, 0.5f), "half"));
        return sub(d->node("Relu", {v})->output(0), d->node("Relu", {sub(v, constant(torch::full({1}, 1.0f), "one"))})->output(0));
    };
    switch (activation) {
    case Activation::ReLU:
        return d->node("Relu", {x})->output(0);
    case Activation::ReLU6: {
        // min(max(x, 0), 6) as relu(x) − relu(x − 6): the same value, in operators OpenCV 4.6 reads.
        const Value six = constant(torch::full({1}, 6.0f), "six");
        return sub(d->node("Relu", {x})->output(0), d->node("Relu", {sub(x, six)})->output(0));
    }
    case Activation::HardSwish:
        return mul(x, hardSigmoid(x));
    case Activation::SiLU:
        return mul(x, d->node("Sigmoid", {x})->output(0));
    case Activation::HardSigmoid:
        return hardSigmoid(x);
    case Activation::Sigmoid:
        return d->node("Sigmoid", {x})->output(0);
    }
    throw OnnxUnsupported(tr("unknown activation %1").arg(int(activation)).toStdString());
}

OnnxGraph::Value OnnxGraph::maxPool(const Value& x, int kernel, int stride, int padding)
{
    onnx::NodeProto* n = d->node("MaxPool", {x});
    Impl::ints(n, "kernel_shape", {kernel, kernel});
    Impl::ints(n, "strides", {stride, stride});
    Impl::ints(n, "pads", {padding, padding, padding, padding});
    return n->output(0);
}

OnnxGraph::Value OnnxGraph::globalAveragePool(const Value& x)
{
    return d->node("GlobalAveragePool", {x})->output(0);
}

OnnxGraph::Value OnnxGraph::flatten(const Value& x)
{
    onnx::NodeProto* n = d->node("Flatten", {x});
    Impl::integer(n, "axis", 1);
    return n->output(0);
}

OnnxGraph::Value OnnxGraph::add(const Value& a, const Value& b)
{
    return d->node("Add", {a, b})->output(0);
}

OnnxGraph::Value OnnxGraph::sub(const Value& a, const Value& b)
{
    return d->node("Sub", {a, b})->output(0);
}

OnnxGraph::Value OnnxGraph::mul(const Value& a, const Value& b)
{
    return d->node("Mul", {a, b})->output(0);
}

OnnxGraph::Value OnnxGraph::div(const Value& a, const Value& b)
{
    return d->node("Div", {a, b})->output(0);
}

OnnxGraph::Value OnnxGraph::softmax(const Value& x)
{
    onnx::NodeProto* n = d->node("Softmax", {x});
    Impl::integer(n, "axis", 1);
    return n->output(0);
}

OnnxGraph::Value OnnxGraph::sequential(const torch::nn::Sequential& layers, const Value& input)
{
    namespace nn = torch::nn;
    Value x = input;
    for (const auto& named : layers->named_children()) {
        const std::shared_ptr<nn::Module>& layer = named.value();
        if (layer->as<nn::Conv2d>())
            x = conv(nn::Conv2d(std::dynamic_pointer_cast<nn::Conv2dImpl>(layer)), x);
        else if (layer->as<nn::BatchNorm2d>())
            x = batchNorm(nn::BatchNorm2d(std::dynamic_pointer_cast<nn::BatchNorm2dImpl>(layer)), x);
        else if (layer->as<nn::ReLU>())
            x = relu(x);
        else if (auto* pool = layer->as<nn::MaxPool2d>()) {
            const auto& o = pool->options;
            const auto& p = *o.padding();
            if (o.ceil_mode() || o.kernel_size()->at(0) != o.kernel_size()->at(1) || (*o.dilation())[0] != 1)
                throw OnnxUnsupported(tr("%1 (%2): only square, floor-mode max pooling is exported")
                                          .arg(QString::fromStdString(named.key()), QString::fromStdString(layer->name()))
                                          .toStdString());
            x = maxPool(x, int(o.kernel_size()->at(0)), int(o.stride()->at(0)), int(p[0]));
        } else if (auto* avg = layer->as<nn::AdaptiveAvgPool2d>()) {
            const auto& size = avg->options.output_size();
            if (!size->at(0) || !size->at(1) || *size->at(0) != 1 || *size->at(1) != 1)
                throw OnnxUnsupported(tr("%1 (%2): only adaptive pooling to 1×1 is exported")
                                          .arg(QString::fromStdString(named.key()), QString::fromStdString(layer->name()))
                                          .toStdString());
            x = globalAveragePool(x);
        } else if (layer->as<nn::Flatten>())
            x = flatten(x);
        else if (layer->as<nn::Linear>())
            x = linear(nn::Linear(std::dynamic_pointer_cast<nn::LinearImpl>(layer)), x);
        else if (layer->as<nn::Dropout>())
            continue; // the identity at inference
        else
            throw OnnxUnsupported(tr("layer %1 (%2) has no ONNX form in Picta")
                                      .arg(QString::fromStdString(named.key()), QString::fromStdString(layer->name()))
                                      .toStdString());
    }
    return x;
}

Expected<QByteArray> OnnxGraph::finish(const QMap<QString, QString>& metadata, const QString& description, const QString& producerVersion)
{
    using R = Expected<QByteArray>;
    d->model.set_producer_name("Picta");
    d->model.set_producer_version(producerVersion.toStdString());
    d->model.set_doc_string(description.toStdString());
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        onnx::StringStringEntryProto* p = d->model.add_metadata_props();
        p->set_key(it.key().toStdString());
        p->set_value(it.value().toStdString());
    }
    try {
        onnx::checker::check_model(d->model);
        // Strict shape inference on a copy: every node's output shape must follow from the input's,
        // and the output must come out as [batch, classes].
        onnx::ModelProto inferred = d->model;
        onnx::shape_inference::InferShapes(inferred, onnx::OpSchemaRegistry::Instance(), onnx::ShapeInferenceOptions(true, 1, false));
        const auto& outShape = inferred.graph().output(0).type().tensor_type().shape();
        if (outShape.dim_size() != 2 || outShape.dim(1).dim_value() != d->outputWidth)
            return R::failure(tr("the exported graph's output is not [batch, %1]").arg(d->outputWidth));
    } catch (const std::exception& e) {
        return R::failure(tr("the ONNX checker refused the graph: %1").arg(QString::fromUtf8(e.what()).section('\n', 0, 0)));
    }
    std::string bytes;
    if (!d->model.SerializeToString(&bytes))
        return R::failure(tr("the ONNX model could not be serialised (over 2 GB?)"));
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

std::map<std::string, int> OnnxGraph::operatorCounts() const
{
    std::map<std::string, int> counts;
    for (const onnx::NodeProto& n : d->graph->node())
        ++counts[n.op_type()];
    return counts;
}

} // namespace picta
