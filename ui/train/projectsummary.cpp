#include "train/projectsummary.h"

#include "project/project.h"
#include "training/runfolder.h"

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

ProjectSummary ProjectSummary::read(const Project& project)
{
    ProjectSummary s;
    s.name = project.name();
    s.classes = project.classes();
    s.imageSize = project.imageSize();
    s.train.fill(0, s.classes.size());
    s.validation.fill(0, s.classes.size());
    for (const ImageEntry& e : project.images())
        ++(e.split == Split::Train ? s.train : s.validation)[e.classIndex];

    // The rule for "resume" is core's (RunFolder::resumePoint): the same as picta-cli's.
    if (const auto point = RunFolder::newestResumable(project.runsDir())) {
        s.resumableRun = point->runDir;
        s.resumableDone = point->epochsCompleted;
        s.resumableEpochs = point->epochs;
        s.resumableConfig = point->config;
    }
    return s;
}

} // namespace picta
