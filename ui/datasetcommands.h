#pragma once

// The undoable edits of the Dataset tab. A family of small QUndoCommand classes kept in one file
// pair, as Qt's own undo examples do: each is a few lines over DatasetEditor.

#include <QString>
#include <QStringList>
#include <QUndoCommand>
#include <QVector>

#include <functional>

namespace picta {

class DatasetModel;

/// Reports a failed file operation to the user (the tab shows it in the status bar).
using ErrorReporter = std::function<void(const QString&)>;

/// Gives images a class (-1: unlabelled) by moving them between class folders.
class RelabelCommand : public QUndoCommand {
public:
    RelabelCommand(DatasetModel* model, const QStringList& paths, int classIndex, ErrorReporter report);
    void redo() override;
    void undo() override;

private:
    struct Move {
        QString path;     ///< where the image is now
        QString original; ///< where it was before the first redo
        int from, to;
    };
    DatasetModel* m_model;
    QVector<Move> m_moves;
    ErrorReporter m_report;
};

/// Moves images into the project's quarantine; undo restores them.
class QuarantineCommand : public QUndoCommand {
public:
    QuarantineCommand(DatasetModel* model, const QStringList& paths, const QStringList& reasons, ErrorReporter report);
    void redo() override;
    void undo() override;

private:
    struct Item {
        QString path, reason, id;
        int classIndex = -1;
    };
    DatasetModel* m_model;
    QVector<Item> m_items;
    ErrorReporter m_report;
};

/// Adds, renames or merges classes; the model is reloaded after each.
class ClassCommand : public QUndoCommand {
public:
    enum class Kind { Add, Rename, Merge };
    ClassCommand(DatasetModel* model, Kind kind, int classIndex, const QString& name, int into, ErrorReporter report);
    void redo() override;
    void undo() override;

private:
    DatasetModel* m_model;
    Kind m_kind;
    int m_index, m_into;
    QString m_name, m_oldName;
    QVector<QPair<QString, QString>> m_moved; ///< merge: (old path, new path)
    ErrorReporter m_report;
};

} // namespace picta
