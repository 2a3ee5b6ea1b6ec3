#include "projectsummary.h"

#include "models/modelinfo.h"
#include "project/project.h"
#include "training/runfolder.h"
#include "training/runjournal.h"
#include "training/runlock.h"

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

ProjectSummary ProjectSummary::read(const QString& projectDir)
{
    ProjectSummary s;
    const auto project = Project::open(projectDir);
    if (!project) {
        s.error = project.error();
        return s;
    }
    s.name = project->name();
    s.classes = project->classes();
    s.imageSize = project->imageSize();
    s.train.fill(0, s.classes.size());
    s.validation.fill(0, s.classes.size());
    for (const ImageEntry& e : project->images())
        ++(e.split == Split::Train ? s.train : s.validation)[e.classIndex];

    // Run folders are named by their start time: the newest sorts last. Only it is offered, so
    // that "resume" never means an old experiment.
    const QDir runs(project->runsDir());
    const QStringList ids = runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString& id : ids) {
        const QString dir = runs.absoluteFilePath(id);
        RunJournal::recover(dir); // finish a save that a kill interrupted, before reading
        const auto info = ModelInfo::load(RunFolder::infoPath(dir));
        if (!info)
            continue;
        // "training" with no living trainer holding its lock: the program ended while it ran (a
        // kill, a crash, a power cut). A run killed in its first epoch resumes from the start.
        const bool interrupted
            = info->status == QLatin1String("cancelled") || (info->status == QLatin1String("training") && !RunLock::isActive(dir));
        if (interrupted && info->epochsCompleted < info->epochs
            && (info->epochsCompleted == 0 || QFileInfo::exists(RunFolder::checkpointPath(dir)))) {
            s.resumableRun = dir;
            s.resumableDone = info->epochsCompleted;
            s.resumableEpochs = info->epochs;
            s.resumableConfig = TrainingConfig::fromJson(info->training);
        }
        break;
    }
    return s;
}

} // namespace picta
