#pragma once

#include <QDialog>

namespace picta {

class CapturePanel;
class ProjectDocument;

/// The camera panel in its own window: from the Dataset tab, the File menu and the wizard.
class CaptureDialog : public QDialog {
    Q_OBJECT

public:
    explicit CaptureDialog(ProjectDocument* document, QWidget* parent = nullptr);
    CapturePanel* panel() const { return m_panel; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    CapturePanel* m_panel = nullptr;
};

} // namespace picta
