#pragma once

#include "support/status.h"
#include "project/dataseteditor.h"
#include "project/imageentry.h"
#include "project/provenancelog.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace picta {

/// What an import did: files written, classes created, and every file skipped with the reason.
struct ImportReport {
    int imported = 0;
    QStringList classesAdded;
    QVector<ListingProblem> skipped;
    int duplicates = 0; ///< files skipped because the project already holds the same bytes
    bool cancelled = false;
    QString fatal; ///< set when writing into the project failed (disk full…): the import stopped
};

/// Brings images into a project: a folder (a folder per class becomes classes, loose images go to
/// Unlabelled), a zip archive (the same layout inside; one wrapping folder is looked through),
/// or a text file of image URLs (one per line, downloaded with retries and a size cap). Every file
/// is checked as an image before it is written; names are sanitised and never overwrite (a taken
/// name gets a suffix); every file written gets a row in sources.csv. Optionally, images are
/// downscaled to a longest side, the original size kept in the row.
class Importer {
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    struct Options {
        int maxSide = 0;               ///< 0: keep the original size
        QString license, creator;      ///< recorded in sources.csv when known
        int downloadTimeoutMs = 30000; ///< URL lists
        ProvenanceRow provenance;      ///< fields to record with every file (licence, landing page, term…)
        QString intoClass;             ///< folders and zips: every image goes to this class, whatever folder it is in
    };
    using Progress = std::function<void(int done, int total)>;

    Importer(const QString& projectRoot, const Options& options);
    explicit Importer(const QString& projectRoot);

    ImportReport importFolder(const QString& folder, const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    ImportReport importZip(const QString& zipPath, const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    ImportReport importUrlList(const QString& listFile, const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    /// Copies one image into `className` (an existing or new class; empty: unlabelled).
    ImportReport importFile(const QString& path, const QString& className, const QString& provider);
    /// Imports whichever `source` is: a folder, a .zip, or a text file of URLs.
    ImportReport import(const QString& source, const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    /// A safe file name: no separators, control characters or leading dots; at most 120 characters.
    static QString sanitiseFileName(const QString& name);
    /// A safe class name made from a folder name, or empty when none can be made.
    static QString sanitiseClassName(const QString& name);

    /// Checks, optionally downscales and writes one image; fails with the reason it was skipped. A file
    /// whose bytes the project already holds (SHA-256, as sources.csv records it) is skipped, so
    /// that importing the same folder twice, or a zip naming one file 60,000 times, adds it once.
    /// Its sources.csv row is appended before the file is written, so a kill never leaves an
    /// image without its row. A failed write into the project sets report->fatal.
    Status addImage(const QByteArray& bytes, const QString& fileName, const QString& className, const QString& source,
                    const QString& provider, ImportReport* report);
    /// Fields recorded with the next files (licence, creator, landing page, term).
    void setProvenance(const ProvenanceRow& row) { m_options.provenance = row; }
    /// The path the last addImage() wrote.
    QString lastWritten() const { return m_lastWritten; }

private:
    /// The class's index (-1 for no class: unlabelled), added to the project when new.
    Expected<int> ensureClass(const QString& name, ImportReport* report);

    QString m_root;
    DatasetEditor m_editor;
    Options m_options;
    QString m_lastWritten;
    QStringList m_classes;              ///< the project's classes, read at the first labelled image
    QHash<QByteArray, QString> m_known; ///< SHA-256 (hex) → file (relative), of files in the project
    bool m_knownLoaded = false;
};

} // namespace picta
