#pragma once

#include <QCoreApplication>
#include <QString>

#include <c10/core/Device.h>

namespace picta {

/// Chooses where tensors live (CUDA when libtorch has it and a GPU is there, else CPU) and how
/// many threads work: the physical cores, never more, since oversubscribing torch, OpenCV and
/// our own pools cut throughput tenfold in a test.
class ComputeDevice {
    Q_DECLARE_TR_FUNCTIONS(ComputeDevice)

public:
    /// CUDA device 0 when libtorch has CUDA, a GPU is there and the CPU is not preferred; else the CPU.
    static c10::Device device();
    static bool cudaAvailable();
    /// Preferences ▸ Device: CPU even where a GPU is (set once at start, before any training).
    static void setPreferCpu(bool preferCpu);
    /// The GPU device() gives when CUDA is used (a distributed rank's LOCAL_RANK; default 0).
    static void setCudaIndex(int index);
    static int cudaDeviceCount();
    static QString describe();
    static int physicalCores();
    /// Sets torch's intra-op threads to `requested` (0: the default, see setDefaultThreads) and
    /// OpenCV's to 1 (we parallelise over images instead). Returns the count in force.
    static int configureThreads(int requested);
    /// Preferences ▸ Threads: what configureThreads(0) means (0, the default: the physical cores).
    static void setDefaultThreads(int threads);
    /// Keeps freed memory blocks of up to 64 MiB in the process for reuse (glibc), instead of
    /// returning each to the kernel: training allocates the same sizes every batch.
    static void keepFreedMemory();
    /// Gives the heap's free memory back to the system (malloc_trim): the end of a training, an
    /// evaluation, a loss sort, whose blocks keepFreedMemory() kept.
    static void releaseCachedMemory();
};

} // namespace picta
