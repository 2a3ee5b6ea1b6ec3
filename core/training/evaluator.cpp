#include "evaluator.h"

#include "imaging/imagetensor.h"

#include <torch/torch.h>

namespace picta {

Evaluation Evaluator::evaluate(Classifier& model, const ImageCache::Result& images, const ModelInfo& info, const c10::Device& device,
                               const std::atomic_bool* cancel)
{
    return evaluateBatches(model, images.count(), images.labels, info, device, cancel, [&](int64_t start, int64_t end) {
        return model.forward(ImageTensor::normalise(images.slice(start, end), info.mean, info.std).to(device));
    });
}

Evaluation Evaluator::evaluateFeatures(Classifier& model, const torch::Tensor& pooled, const torch::Tensor& labels, const ModelInfo& info,
                                       const c10::Device& device, const std::atomic_bool* cancel)
{
    return evaluateBatches(model, pooled.size(0), labels, info, device, cancel,
                           [&](int64_t start, int64_t end) { return model.classify(pooled.slice(0, start, end).to(device)); });
}

Evaluation Evaluator::evaluateBatches(Classifier& model, int64_t n, const torch::Tensor& labels, const ModelInfo& info,
                                      const c10::Device& device, const std::atomic_bool* cancel,
                                      const std::function<torch::Tensor(int64_t, int64_t)>& logitsOf)
{
    Evaluation result;
    result.confusion = ConfusionMatrix(int(info.classes.size()));
    if (n == 0)
        return result;
    torch::NoGradGuard noGrad;
    const bool wasTraining = model.is_training();
    model.eval();
    std::vector<torch::Tensor> losses, predicted, confidence;
    // 256 images of 64×64 RGB at a time, fewer when larger: a batch's first activations grow with
    // its pixels (256 at 224 px would take 1.5 GB for the small CNN's first layer alone).
    const int64_t pixels = std::max<int64_t>(1, int64_t(info.inputChannels) * info.imageSize * info.imageSize);
    const int64_t batch = std::clamp<int64_t>(int64_t(256) * 3 * 64 * 64 / pixels, 16, 256);
    for (int64_t start = 0; start < n; start += batch) {
        if (cancel && cancel->load())
            break;
        const int64_t end = std::min(n, start + batch);
        const torch::Tensor y = labels.slice(0, start, end).to(device);
        const torch::Tensor logits = logitsOf(start, end);
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
    return summarise(torch::cat(losses), torch::cat(predicted), torch::cat(confidence), labels, int(info.classes.size()));
}

Evaluation Evaluator::summarise(const torch::Tensor& losses, const torch::Tensor& predicted, const torch::Tensor& confidence,
                                const torch::Tensor& labels, int classes)
{
    Evaluation result;
    result.confusion = ConfusionMatrix(classes);
    if (!losses.defined() || losses.size(0) == 0)
        return result;
    result.losses = losses;
    result.predicted = predicted.contiguous();
    result.confidence = confidence;
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
