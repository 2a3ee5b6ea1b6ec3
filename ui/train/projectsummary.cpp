#include "train/projectsummary.h"

#include "project/project.h"

#include <QDir>
#include <QFileInfo>

#include <numeric>

namespace picta {

int ProjectSummary::trainTotal() const
{
    return std::accumulate(train.begin(), train.end(), 0);
}

int ProjectSummary::validationTotal() const
{
    return std::accumulate(validation.begin(), validation.end(), 0);
}

ProjectSummary ProjectSummary::fromListing(const Project& project, const QVector<DatasetImage>& images)
{
    ProjectSummary s;
    s.name = project.name();
    s.classes = project.classes();
    s.imageSize = project.imageSize();
    s.train.fill(0, s.classes.size());
    s.validation.fill(0, s.classes.size());
    // The split as the trainer will make it (Project::assignSplits: a stable hash of each path).
    const QDir imagesDir(project.imagesDir());
    QVector<ImageEntry> entries;
    entries.reserve(images.size());
    for (const DatasetImage& image : images)
        if (image.classIndex >= 0 && image.classIndex < s.classes.size())
            entries.push_back({image.path, imagesDir.relativeFilePath(image.path), image.classIndex, Split::Train});
    project.assignSplits(entries);
    for (const ImageEntry& e : std::as_const(entries))
        ++(e.split == Split::Train ? s.train : s.validation)[e.classIndex];
    return s;
}

} // namespace picta
