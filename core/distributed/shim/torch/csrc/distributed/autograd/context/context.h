#pragma once
// Stand-in for a header that Debian's libtorch-dev does not ship (it ships c10d's headers but not
// torch/csrc/distributed/autograd/). c10d's reducer.hpp includes it only for two names: the
// callback type of DistAutogradContext, which it checks against its own std::function type, and
// ContextPtr, a shared_ptr it holds for distributed autograd (RPC), which Picta never uses. A
// shared_ptr has the same layout whatever it points to, so the Reducer compiled into libtorch
// and the one these declarations describe agree. core/CMakeLists.txt adds this folder to the
// include path only when the real header is missing (the official libtorch builds have it).
#include <ATen/core/Tensor.h>

#include <functional>
#include <memory>

namespace torch {
namespace distributed {
namespace autograd {

class DistAutogradContext {
public:
    using GradCallback = std::function<bool(at::Tensor&)>;
};
using ContextPtr = std::shared_ptr<DistAutogradContext>;

} // namespace autograd
} // namespace distributed
} // namespace torch
