#include "document/datasetcommands.h"

#include "document/datasetmodel.h"
#include "document/projectdocument.h"

#include "cleaning/quarantine.h"
#include "project/dataseteditor.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace picta {

RelabelCommand::RelabelCommand(ProjectDocument* document, const QStringList& paths, int classIndex)
    : m_document(document)
{
    const DatasetModel* model = document->model();
    for (const QString& path : paths) {
        const int row = model->rowOf(path);
        if (row >= 0 && model->image(row).classIndex != classIndex)
            m_moves.push_back({path, path, model->image(row).classIndex, classIndex});
    }
    const QString name = classIndex < 0 ? QCoreApplication::translate("DatasetTab", "Unlabelled") : document->classes().value(classIndex);
    setText(QCoreApplication::translate("DatasetTab", "Label %n image(s) '%1'", nullptr, int(m_moves.size())).arg(name));
    if (m_moves.isEmpty())
        setObsolete(true);
}

void RelabelCommand::redo()
{
    DatasetEditor editor(m_document->rootDir());
    for (Move& m : m_moves) {
        const auto moved = editor.relabel(m.path, m.to);
        if (!moved) {
            m_document->reportProblem(moved.error());
            continue;
        }
        m_document->notifyMoved(m.path, *moved, m.to);
        m.path = *moved;
    }
    m_document->flushNotifications();
}

void RelabelCommand::undo()
{
    DatasetEditor editor(m_document->rootDir());
    for (Move& m : m_moves) {
        const auto moved = editor.moveBack(m.path, m.original);
        if (!moved) {
            m_document->reportProblem(moved.error());
            continue;
        }
        m_document->notifyMoved(m.path, *moved, m.from);
        m.path = *moved;
    }
    m_document->flushNotifications();
}

QuarantineCommand::QuarantineCommand(ProjectDocument* document, const QStringList& paths, const QStringList& reasons)
    : m_document(document)
{
    for (int i = 0; i < paths.size(); ++i)
        m_items.push_back({paths[i], reasons.value(i, reasons.value(0)), QString()});
    setText(QCoreApplication::translate("DatasetTab", "Quarantine %n image(s)", nullptr, int(m_items.size())));
}

void QuarantineCommand::redo()
{
    // One manifest write for the whole selection (a duplicates search may quarantine thousands).
    Quarantine quarantine(m_document->rootDir());
    QVector<QPair<QString, QString>> moves;
    for (const Item& item : std::as_const(m_items))
        moves.push_back({item.path, item.reason});
    QStringList errors;
    QHash<QString, QString> ids; // original path → quarantine id
    for (const QuarantineItem& added : quarantine.add(moves, &errors))
        ids.insert(QFileInfo(quarantine.absoluteOriginal(added)).absoluteFilePath(), added.id);
    for (const QString& error : std::as_const(errors))
        m_document->reportProblem(error);
    for (Item& item : m_items) {
        item.id = ids.value(QFileInfo(item.path).absoluteFilePath());
        if (!item.id.isEmpty())
            m_document->notifyRemoved(item.path);
    }
    m_document->flushNotifications();
}

void QuarantineCommand::undo()
{
    DatasetEditor editor(m_document->rootDir());
    for (Item& item : m_items) {
        if (item.id.isEmpty())
            continue;
        const auto restored = editor.restore(item.id);
        if (!restored) {
            m_document->reportProblem(restored.error());
            continue;
        }
        item.path = *restored;
        // By its folder: the model may not have listed it when the command was made.
        m_document->notifyAdded(item.path, m_document->classOf(item.path));
    }
    m_document->flushNotifications();
}

ClassCommand::ClassCommand(ProjectDocument* document, Kind kind, int classIndex, const QString& name, int into)
    : m_document(document)
    , m_kind(kind)
    , m_index(classIndex)
    , m_into(into)
    , m_name(name)
{
    const QStringList classes = document->classes();
    switch (kind) {
    case Kind::Add:
        setText(QCoreApplication::translate("DatasetTab", "Add class '%1'").arg(name));
        break;
    case Kind::RemoveEmpty:
        m_oldName = classes.value(classIndex);
        setText(QCoreApplication::translate("DatasetTab", "Remove class '%1'").arg(m_oldName));
        break;
    case Kind::Rename:
        m_oldName = classes.value(classIndex);
        setText(QCoreApplication::translate("DatasetTab", "Rename class '%1' to '%2'").arg(m_oldName, name));
        break;
    case Kind::Merge:
        m_oldName = classes.value(classIndex);
        setText(QCoreApplication::translate("DatasetTab", "Merge class '%1' into '%2'").arg(m_oldName, classes.value(into)));
        break;
    }
}

void ClassCommand::redo()
{
    DatasetEditor editor(m_document->rootDir());
    QString error;
    switch (m_kind) {
    case Kind::Add: {
        const auto added = editor.addClass(m_name, m_index);
        if (added)
            m_index = *added;
        else
            error = added.error();
        break;
    }
    case Kind::RemoveEmpty: {
        const auto removed = editor.removeEmptyClass(m_index);
        if (!removed)
            error = removed.error();
        break;
    }
    case Kind::Rename: {
        const auto renamed = editor.renameClass(m_index, m_name);
        if (!renamed)
            error = renamed.error();
        break;
    }
    case Kind::Merge: {
        const auto merged = editor.mergeClass(m_index, m_into);
        if (merged)
            m_moved = *merged;
        else
            error = merged.error();
        break;
    }
    }
    if (!error.isEmpty()) {
        m_document->reportProblem(error);
        setObsolete(true);
    }
    const bool renamed = m_kind == Kind::Rename && error.isEmpty();
    m_document->reloadClasses(renamed ? m_oldName : QString(), renamed ? m_name : QString());
}

void ClassCommand::undo()
{
    DatasetEditor editor(m_document->rootDir());
    QString error;
    switch (m_kind) {
    case Kind::Add: {
        const auto removed = editor.removeEmptyClass(m_index);
        if (!removed)
            error = removed.error();
        break;
    }
    case Kind::RemoveEmpty: {
        const auto added = editor.addClass(m_oldName, m_index);
        if (!added)
            error = added.error();
        break;
    }
    case Kind::Rename: {
        const auto renamed = editor.renameClass(m_index, m_oldName);
        if (!renamed)
            error = renamed.error();
        break;
    }
    case Kind::Merge: {
        const auto added = editor.addClass(m_oldName, m_index);
        if (!added) {
            error = added.error();
            break;
        }
        for (const auto& [oldPath, newPath] : m_moved) {
            const auto back = editor.moveBack(newPath, oldPath);
            if (!back)
                error = back.error();
        }
        break;
    }
    }
    if (!error.isEmpty())
        m_document->reportProblem(error);
    const bool renamed = m_kind == Kind::Rename && error.isEmpty();
    m_document->reloadClasses(renamed ? m_name : QString(), renamed ? m_oldName : QString());
}

AddImageCommand::AddImageCommand(ProjectDocument* document, const QString& path, int classIndex)
    : m_document(document)
    , m_path(path)
    , m_classIndex(classIndex)
{
    setText(QCoreApplication::translate("DatasetTab", "Add %1").arg(QFileInfo(path).fileName()));
}

void AddImageCommand::redo()
{
    if (!m_done) { // pushed after the file was written
        m_done = true;
        m_document->notifyAdded(m_path, m_classIndex);
        m_document->flushNotifications();
        return;
    }
    if (m_quarantineId.isEmpty())
        return;
    DatasetEditor editor(m_document->rootDir());
    const auto restored = editor.restore(m_quarantineId);
    if (!restored) {
        m_document->reportProblem(restored.error());
        return;
    }
    m_quarantineId.clear();
    m_path = *restored;
    m_document->notifyAdded(m_path, m_document->classOf(m_path));
    m_document->flushNotifications();
}

void AddImageCommand::undo()
{
    DatasetEditor editor(m_document->rootDir());
    const auto id = editor.quarantine(m_path, QCoreApplication::translate("DatasetTab", "adding it was undone"));
    if (!id) {
        m_document->reportProblem(id.error());
        return;
    }
    m_quarantineId = *id;
    m_document->notifyRemoved(m_path);
    m_document->flushNotifications();
}

} // namespace picta
