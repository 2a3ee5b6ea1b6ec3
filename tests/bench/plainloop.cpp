// A plain libtorch training loop: SmallCnn, Adam 1e-3, batch 64, on random 28×28 tensors held in
// memory. The reference for `picta-cli bench`'s "fed from memory" row: what the trainer's own
// loop costs above libtorch itself.
#include "data/fashionmnist.h"
#include "models/smallcnn.h"

#include <torch/torch.h>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv)
{
    const int threads = argc > 1 ? std::atoi(argv[1]) : 2;
    const int64_t n = argc > 2 ? std::atoll(argv[2]) : 20000;
    at::set_num_threads(threads);
    torch::manual_seed(1);
    // argv[3] == "fashion": Fashion-MNIST's first n training images, normalised as the PyTorch
    // peer does ((x/255 − 0.5) / 0.25); otherwise uniform noise.
    torch::Tensor images = torch::rand({n, 1, 28, 28});
    torch::Tensor labels = torch::randint(0, 10, {n}, torch::kInt64);
    if (argc > 3 && std::string(argv[3]) == "fashion") {
        const auto set = picta::FashionMnist::read(picta::FashionMnist::dataDirectory(), false);
        if (!set)
            return 1;
        images = torch::from_blob(const_cast<char*>(set->pixels.constData()), {set->count, 1, 28, 28}, torch::kUInt8)
                     .slice(0, 0, n)
                     .to(torch::kFloat32)
                     .div(255)
                     .sub(0.5)
                     .div(0.25)
                     .contiguous();
        labels = torch::from_blob(const_cast<char*>(set->labels.constData()), {set->count}, torch::kUInt8).slice(0, 0, n).to(torch::kInt64);
    }
    picta::SmallCnn model(1, 28, 10);
    torch::optim::Adam optimizer(model.parameters(), torch::optim::AdamOptions(1e-3));
    model.train();
    const auto start = std::chrono::steady_clock::now();
    const torch::Tensor order = torch::randperm(n, torch::kInt64);
    for (int64_t i = 0; i < n; i += 64) {
        const torch::Tensor index = order.slice(0, i, std::min(n, i + 64));
        optimizer.zero_grad();
        const torch::Tensor loss
            = torch::nn::functional::cross_entropy(model.forward(images.index_select(0, index)), labels.index_select(0, index));
        loss.backward();
        optimizer.step();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("{\"images\": %lld, \"seconds\": %.3f, \"images_per_s\": %.1f, \"threads\": %d}\n", (long long)n, seconds,
                double(n) / seconds, threads);
    return 0;
}
