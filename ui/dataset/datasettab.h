#pragma once

#include "common/backgroundjob.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QUndoStack;

namespace picta {

class CaptureDialog;
class ClassPanel;
class DatasetFilter;
class DatasetModel;
class ProjectDocument;

/// Browse, label and clean a project's images, keyboard first: arrows move, 1–9 give the class
/// shown beside each number (0: unlabelled), Del quarantines, Space previews, Ctrl+Z / Ctrl+Shift+Z
/// undo and redo every change. Integrity check, duplicate search and the quarantine are one
/// click away; nothing is deleted. Every edit goes through the shared ProjectDocument, whose undo
/// stack holds the edits of every tab.
class DatasetTab : public QWidget {
    Q_OBJECT

public:
    explicit DatasetTab(ProjectDocument* document, QWidget* parent = nullptr);

    QUndoStack* undoStack() const { return m_undo; }
    DatasetModel* model() const { return m_model; }
    QListView* grid() const { return m_grid; }

    /// The paths of the selected images, in grid order.
    QStringList selectedPaths() const;
    /// Labels the selection (-1: unlabelled) through the undo stack.
    void labelSelection(int classIndex);
    void quarantineSelection();
    /// Moves these images to the quarantine through the undo stack.
    void quarantinePaths(const QStringList& paths, const QStringList& reasons);
    void checkIntegrity();
    void findDuplicates();
    void showQuarantine();
    /// Collect pictures from a camera into the class shown (a window beside the tab).
    void collectFromCamera();
    void previewCurrent();

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void onOpened();
    void onLoaded();
    QString root() const;
    void refreshCounts();
    void computeLosses();
    void selectRowAfterEdit(int row);
    void reportError(const QString& message);

    ProjectDocument* m_document;
    CaptureDialog* m_capture = nullptr;
    DatasetModel* m_model = nullptr;
    DatasetFilter* m_filter = nullptr;
    QUndoStack* m_undo = nullptr;
    ClassPanel* m_classes = nullptr;
    QListView* m_grid = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_sort = nullptr;
    QPushButton* m_quarantineButton = nullptr;
    QLabel* m_hint = nullptr;
    JobHandle m_lossJob;
};

} // namespace picta
