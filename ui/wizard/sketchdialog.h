#pragma once

#include <QDialog>

class QLabel;

namespace picta {

class ProjectDocument;
class SketchCanvas;

/// Draw examples of one class for the wizard: draw, Enter saves the drawing into the class (as
/// the Draw tab's collect mode does, through the document: undoable) and clears the canvas.
class SketchDialog : public QDialog {
    Q_OBJECT

public:
    SketchDialog(ProjectDocument* document, const QString& className, QWidget* parent = nullptr);
    SketchCanvas* canvas() const { return m_canvas; }
    /// Saves the drawing (Enter); returns the new file, or empty.
    QString save();
    int saved() const { return m_saved; }

private:
    ProjectDocument* m_document;
    QString m_class;
    SketchCanvas* m_canvas;
    QLabel* m_count;
    int m_saved = 0;
};

} // namespace picta
