// bench_convrelupool: SmallCnn's first block at batch 64 and 224 px RGB, forward and backward,
// composed of autograd's operations (max_pool2d(relu(conv2d(x)))) against ConvReluPool. Each
// variant runs in its own process (`bench_convrelupool composed|fused`, or no argument: both, in
// child processes), so each peak resident memory (VmHWM, less what the inputs took) is its own.
#include "models/convrelupool.h"

#include <torch/torch.h>

#include <QCoreApplication>
#include <QProcess>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

namespace {

long peakKib()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return 0;
}

int measure(bool fused)
{
    at::set_num_threads(2);
    torch::manual_seed(1);
    const torch::Tensor x = torch::rand({64, 3, 224, 224});
    const torch::Tensor w = torch::randn({30, 3, 3, 3}, torch::requires_grad());
    const torch::Tensor b = torch::zeros({30}, torch::requires_grad());
    const long base = peakKib();
    double best = 1e9;
    for (int round = 0; round < 3; ++round) {
        const auto start = std::chrono::steady_clock::now();
        const torch::Tensor y = fused ? picta::ConvReluPool::apply(x, w, b) : torch::max_pool2d(torch::conv2d(x, w, b).relu_(), 2);
        y.square().sum().backward();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::printf("%-12s peak above the inputs %5ld MB, best of 3 steps %.3f s\n", fused ? "ConvReluPool" : "composed",
                (peakKib() - base) / 1024, best);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1)
        return measure(std::string(argv[1]) == "fused");
    for (const char* variant : {"composed", "fused", "composed", "fused"}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(variant)});
        child.waitForFinished(-1);
    }
    return 0;
}
