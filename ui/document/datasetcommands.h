#pragma once

// The undoable edits of a project, made from any tab. A family of small QUndoCommand classes kept
// in one file pair, as Qt's own undo examples do: each is a few lines over DatasetEditor, and
// tells the ProjectDocument what changed (which updates the listing and announces it).

#include <QString>
#include <QStringList>
#include <QUndoCommand>
#include <QVector>

namespace picta {

class ProjectDocument;

/// Gives images a class (-1: unlabelled) by moving them between class folders.
class RelabelCommand : public QUndoCommand {
public:
    RelabelCommand(ProjectDocument* document, const QStringList& paths, int classIndex);
    void redo() override;
    void undo() override;

private:
    struct Move {
        QString path;     ///< where the image is now
        QString original; ///< where it was before the first redo
        int from, to;
    };
    ProjectDocument* m_document;
    QVector<Move> m_moves;
};

/// Moves images into the project's quarantine; undo restores them.
class QuarantineCommand : public QUndoCommand {
public:
    QuarantineCommand(ProjectDocument* document, const QStringList& paths, const QStringList& reasons);
    void redo() override;
    void undo() override;

private:
    struct Item {
        QString path, reason, id; ///< undo finds the class from the folder it is restored to
    };
    ProjectDocument* m_document;
    QVector<Item> m_items;
};

/// Adds, renames or merges classes; the model is reloaded after each.
class ClassCommand : public QUndoCommand {
public:
    enum class Kind { Add, Rename, Merge, RemoveEmpty };
    ClassCommand(ProjectDocument* document, Kind kind, int classIndex, const QString& name, int into);
    void redo() override;
    void undo() override;

private:
    ProjectDocument* m_document;
    Kind m_kind;
    int m_index, m_into;
    QString m_name, m_oldName;
    QVector<QPair<QString, QString>> m_moved; ///< merge: (old path, new path)
};

/// An image the user added (a drawing, an image from the Predict tab): it is already on disk when
/// pushed, so the first redo only records it; undo moves it into the quarantine, redo restores it.
class AddImageCommand : public QUndoCommand {
public:
    AddImageCommand(ProjectDocument* document, const QString& path, int classIndex);
    void redo() override;
    void undo() override;

private:
    ProjectDocument* m_document;
    QString m_path, m_quarantineId;
    int m_classIndex;
    bool m_done = false;
};

} // namespace picta
