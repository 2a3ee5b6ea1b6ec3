#pragma once

#include "project/dataseteditor.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace picta {

class Project;

/// What the Train tab shows of a project before training: its classes with their training and
/// validation counts and the image size. Made from the ProjectDocument's listing, which is in
/// memory: no disk walk, so it follows every change at once.
struct ProjectSummary {
    QString name;
    QStringList classes;
    QVector<int> train, validation;
    int imageSize = 0;

    int trainTotal() const;
    int validationTotal() const;
    /// `images`: the project's images as DatasetModel lists them (unlabelled ones are skipped).
    static ProjectSummary fromListing(const Project& project, const QVector<DatasetImage>& images);
};

} // namespace picta
