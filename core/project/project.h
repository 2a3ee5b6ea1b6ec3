#pragma once

#include "support/status.h"
#include "imageentry.h"
#include "support/expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace picta {

/// A Picta project: a plain folder with picta.json, images/<class>/… and runs/<id>/ (see
/// ARCHITECTURE.md). A plain folder-per-class tree (ImageFolder layout) opens too: its images are
/// used in place and picta.json is only written when the project is saved.
class Project {
    Q_DECLARE_TR_FUNCTIONS(Project)

public:
    static constexpr int kFormatVersion = 1;
    static QString fileName() { return QStringLiteral("picta.json"); }
    /// File extensions (lower case, no dot) that the image decoder reads.
    static const QStringList& imageExtensions();
    /// Whether a file's extension is one of imageExtensions() (any case).
    static bool isImageFile(const QString& path);
    /// Why `name` cannot be a class folder (empty, a path, a leading dot, reserved), or empty.
    static QString unsafeClassName(const QString& name);
    /// True when `existingPath`, links resolved, lies inside the folder `root`: every write into a
    /// project checks its folder with this, so that a symlinked class folder never sends files out.
    static bool isInside(const QString& root, const QString& existingPath);
    /// Names a class rename in progress (DatasetEditor::renameClass); open() completes it.
    static QString renameJournalPath(const QString& root);

    /// Creates a new empty project in `dir` (created if missing) and saves picta.json.
    static Expected<Project> create(const QString& dir, const QString& name);
    /// Opens picta.json in `dir`, or adopts a folder-per-class tree.
    static Expected<Project> open(const QString& dir);

    /// Writes picta.json atomically.
    Status save() const;

    QString name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }
    QString rootDir() const { return m_root; }
    QString imagesDir() const;
    QString runsDir() const;

    /// Classes in label order: those named in picta.json first, then new folders alphabetically.
    QStringList classes() const { return m_classes; }
    void setClasses(const QStringList& classes) { m_classes = classes; }
    /// Re-reads the class folders and appends the classes that picta.json does not know yet.
    void refreshClasses();

    int imageSize() const { return m_imageSize; }
    void setImageSize(int size) { m_imageSize = size; }
    double validationFraction() const { return m_validationFraction; }
    void setValidationFraction(double f) { m_validationFraction = f; }
    quint64 splitSeed() const { return m_splitSeed; }
    /// When set, images whose file name starts with it are the validation split (e.g. a dataset's
    /// own test set) and the random split is not used.
    QString validationPrefix() const { return m_validationPrefix; }
    void setValidationPrefix(const QString& prefix) { m_validationPrefix = prefix; }
    void setSplitSeed(quint64 seed) { m_splitSeed = seed; }
    QJsonObject settings() const { return m_settings; }
    void setSettings(const QJsonObject& settings) { m_settings = settings; }

    /// Every image of every class, with its split. Files of other types and unreadable folders are
    /// reported in `problems` and skipped.
    QVector<ImageEntry> images(QVector<ListingProblem>* problems = nullptr) const;
    /// Gives each entry (path, relativePath and classIndex set) its split, as images() does.
    void assignSplits(QVector<ImageEntry>& entries) const;
    /// Image count per class, in class order.
    QVector<int> countPerClass() const;
    /// Run folders (runs/<id>) that hold a model, newest first.
    QStringList runs() const;
    /// True when the project folder or its picta.json cannot be written (a read-only medium,
    /// another user's project): the GUI opens it for looking, with a banner.
    bool isReadOnly() const;

private:
    static bool isReservedFolder(const QString& name);
    /// For a folder adopted in place: the images' own size when they are small (≤ 48 px), else the default.
    int sampledImageSize() const;
    /// Why images_dir cannot be used (outside the project, a file), or empty.
    QString imagesDirProblem() const;
    void completeInterruptedRename();
    QStringList classFolders() const;

    QString m_root;
    QString m_name;
    QString m_imagesSubdir = QStringLiteral("images");
    QStringList m_classes;
    int m_imageSize = 64;
    double m_validationFraction = 0.2;
    quint64 m_splitSeed = 42;
    QString m_validationPrefix;
    QJsonObject m_settings;
};

} // namespace picta
