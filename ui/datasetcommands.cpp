#include "datasetcommands.h"

#include "datasetmodel.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace picta {

RelabelCommand::RelabelCommand(DatasetModel* model, const QStringList& paths, int classIndex, ErrorReporter report)
    : m_model(model)
    , m_report(std::move(report))
{
    for (const QString& path : paths) {
        const int row = model->rowOf(path);
        if (row >= 0 && model->image(row).classIndex != classIndex)
            m_moves.push_back({path, path, model->image(row).classIndex, classIndex});
    }
    const QString name = classIndex < 0 ? QCoreApplication::translate("DatasetTab", "Unlabelled") : model->classes().value(classIndex);
    setText(QCoreApplication::translate("DatasetTab", "Label %n image(s) '%1'", nullptr, int(m_moves.size())).arg(name));
    if (m_moves.isEmpty())
        setObsolete(true);
}

void RelabelCommand::redo()
{
    DatasetEditor editor(m_model->projectRoot());
    for (Move& m : m_moves) {
        const auto moved = editor.relabel(m.path, m.to);
        if (!moved) {
            m_report(moved.error());
            continue;
        }
        m_model->imageMoved(m.path, *moved, m.to);
        m.path = *moved;
    }
}

void RelabelCommand::undo()
{
    DatasetEditor editor(m_model->projectRoot());
    for (Move& m : m_moves) {
        const auto moved = editor.moveBack(m.path, m.original);
        if (!moved) {
            m_report(moved.error());
            continue;
        }
        m_model->imageMoved(m.path, *moved, m.from);
        m.path = *moved;
    }
}

QuarantineCommand::QuarantineCommand(DatasetModel* model, const QStringList& paths, const QStringList& reasons, ErrorReporter report)
    : m_model(model)
    , m_report(std::move(report))
{
    for (int i = 0; i < paths.size(); ++i) {
        const int row = model->rowOf(paths[i]);
        m_items.push_back({paths[i], reasons.value(i, reasons.value(0)), QString(), row >= 0 ? model->image(row).classIndex : -1});
    }
    setText(QCoreApplication::translate("DatasetTab", "Quarantine %n image(s)", nullptr, int(m_items.size())));
}

void QuarantineCommand::redo()
{
    DatasetEditor editor(m_model->projectRoot());
    for (Item& item : m_items) {
        const auto id = editor.quarantine(item.path, item.reason);
        if (!id) {
            m_report(id.error());
            item.id.clear();
            continue;
        }
        item.id = *id;
        m_model->imageRemoved(item.path);
    }
}

void QuarantineCommand::undo()
{
    DatasetEditor editor(m_model->projectRoot());
    for (Item& item : m_items) {
        if (item.id.isEmpty())
            continue;
        const auto restored = editor.restore(item.id);
        if (!restored) {
            m_report(restored.error());
            continue;
        }
        item.path = *restored;
        const QFileInfo info(item.path);
        m_model->imageAdded({info.absoluteFilePath(), item.classIndex, info.size(), info.lastModified()});
    }
}

ClassCommand::ClassCommand(DatasetModel* model, Kind kind, int classIndex, const QString& name, int into, ErrorReporter report)
    : m_model(model)
    , m_kind(kind)
    , m_index(classIndex)
    , m_into(into)
    , m_name(name)
    , m_report(std::move(report))
{
    const QStringList classes = model->classes();
    switch (kind) {
    case Kind::Add:
        setText(QCoreApplication::translate("DatasetTab", "Add class '%1'").arg(name));
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
    DatasetEditor editor(m_model->projectRoot());
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
        m_report(error);
        setObsolete(true);
    }
    m_model->load(m_model->projectRoot());
}

void ClassCommand::undo()
{
    DatasetEditor editor(m_model->projectRoot());
    QString error;
    switch (m_kind) {
    case Kind::Add: {
        const auto removed = editor.removeEmptyClass(m_index);
        if (!removed)
            error = removed.error();
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
        m_report(error);
    m_model->load(m_model->projectRoot());
}

} // namespace picta
