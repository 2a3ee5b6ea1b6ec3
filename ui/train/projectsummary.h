#pragma once

#include "training/trainingtypes.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace picta {

class Project;

/// What the Train tab shows of a project before training: its classes with their training and
/// validation counts, the image size, and the newest run if it was interrupted and can go on.
/// read() lists the whole project, so callers run it off the GUI thread.
struct ProjectSummary {
    QString name;
    QStringList classes;
    QVector<int> train, validation;
    int imageSize = 0;
    QString error;                  ///< set when the project cannot be opened
    QString resumableRun;           ///< the newest run, when stopped or cut off with a checkpoint to go on from
    int resumableDone = 0;          ///< its completed epochs
    int resumableEpochs = 0;        ///< of these
    TrainingConfig resumableConfig; ///< the settings it was started with

    int trainTotal() const;
    int validationTotal() const;
    /// Lists `project`'s images (the ProjectDocument's copy of its settings) and its newest run.
    static ProjectSummary read(const Project& project);
};

} // namespace picta
