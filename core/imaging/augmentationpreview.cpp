#include "augmentationpreview.h"

#include "augmenter.h"
#include "imagedecoder.h"
#include "imagetensor.h"
#include "project/project.h"

#include <torch/torch.h>

namespace picta {

Expected<QVector<RawImage>> AugmentationPreview::make(const QString& projectDir, int size, int images, int variants, quint64 seed)
{
    using R = Expected<QVector<RawImage>>;
    const auto project = Project::open(projectDir);
    if (!project)
        return R::failure(project.error());
    const QVector<ImageEntry> entries = project->images();
    if (entries.isEmpty())
        return R::failure(tr("%1 has no images yet").arg(project->name()));
    size = size > 0 ? size : project->imageSize();

    // Pick images round-robin over the classes, so that the preview shows several of them.
    QVector<QVector<int>> byClass(project->classes().size());
    for (int i = 0; i < entries.size(); ++i)
        byClass[entries[i].classIndex].push_back(i);
    QVector<int> picked;
    for (int round = 0; picked.size() < images && round < entries.size(); ++round)
        for (const QVector<int>& members : byClass)
            if (round < members.size() && picked.size() < images)
                picked << members[round];

    std::vector<torch::Tensor> sources;
    for (int i : picked) {
        const auto decoded = ImageDecoder::decodeFile(entries[i].path, ImageDecoder::Color::Rgb);
        if (decoded)
            sources.push_back(ImageTensor::toByteTensor(ImageTensor::fitSquare(decoded.value(), size)));
    }
    if (sources.empty())
        return R::failure(tr("None of the sampled images could be read"));

    Augmenter augmenter(seed);
    const torch::Tensor batch = ImageTensor::toUnit(torch::stack(sources));
    QVector<RawImage> result;
    std::vector<torch::Tensor> rounds;
    for (int v = 0; v < variants; ++v)
        rounds.push_back(augmenter.apply(batch).mul(255.0).round().clamp(0, 255).to(torch::kUInt8));
    for (int64_t i = 0; i < batch.size(0); ++i) {
        for (const torch::Tensor& round : rounds) {
            const torch::Tensor hwc = round[i].permute({1, 2, 0}).contiguous();
            RawImage image;
            image.width = size;
            image.height = size;
            image.bytesPerLine = size * 3;
            image.format = RawImage::Format::Rgb888;
            image.data = QByteArray(reinterpret_cast<const char*>(hwc.data_ptr<uint8_t>()), int(hwc.numel()));
            result.push_back(image);
        }
    }
    return result;
}

} // namespace picta
