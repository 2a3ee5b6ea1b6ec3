#include "evaluator.h"

#include "imaging/imagetensor.h"

#include <torch/torch.h>

namespace picta {

Evaluation Evaluator::evaluate(Classifier& model, const torch::Tensor& images, const torch::Tensor& labels, const ModelInfo& info,
                               const c10::Device& device, const std::atomic_bool* cancel)
{
    Evaluation result;
    result.confusion = ConfusionMatrix(int(info.classes.size()));
    const int64_t n = images.size(0);
    if (n == 0)
        return result;
    torch::NoGradGuard noGrad;
    const bool wasTraining = model.is_training();
    model.eval();
    std::vector<torch::Tensor> losses, predicted, confidence;
    for (int64_t start = 0; start < n; start += 256) {
        if (cancel && cancel->load())
            break;
        const int64_t end = std::min(n, start + 256);
        const torch::Tensor x = ImageTensor::normalise(images.slice(0, start, end), info.mean, info.std).to(device);
        const torch::Tensor y = labels.slice(0, start, end).to(device);
        const torch::Tensor logits = model.forward(x);
        losses.push_back(
            torch::nn::functional::cross_entropy(logits, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kNone))
                .to(torch::kCPU));
        const auto [p, index] = torch::softmax(logits, 1).max(1);
        predicted.push_back(index.to(torch::kCPU));
        confidence.push_back(p.to(torch::kCPU));
    }
    model.train(wasTraining);
    if (losses.empty())
        return result;
    result.losses = torch::cat(losses);
    result.predicted = torch::cat(predicted);
    result.confidence = torch::cat(confidence);
    const int64_t done = result.losses.size(0);
    const torch::Tensor truthTensor = labels.slice(0, 0, done).contiguous();
    const auto truth = truthTensor.accessor<int64_t, 1>();
    const auto guess = result.predicted.accessor<int64_t, 1>();
    for (int64_t i = 0; i < done; ++i)
        result.confusion.add(int(truth[i]), int(guess[i]));
    result.loss = result.losses.mean().item<double>();
    result.accuracy = result.confusion.accuracy();
    return result;
}

} // namespace picta
