#pragma once

#include <QWizardPage>

class QLabel;

namespace picta {

class ExportButton;
class NewClassifierWizard;

/// Wizard step 6, "Use it elsewhere": where the model is (the run folder, readable without
/// Picta: safetensors weights and a JSON description), and buttons to open it, to look at it
/// closely on the Evaluate tab, to keep classifying on the Predict tab, and to export it (ONNX or
/// a model package).
class UsePage : public QWizardPage {
    Q_OBJECT

public:
    explicit UsePage(NewClassifierWizard* wizard);
    void initializePage() override;
    QString where() const;

Q_SIGNALS:
    void predictRequested();

private:
    NewClassifierWizard* m_wizard;
    QLabel* m_where;
    ExportButton* m_export = nullptr;
    QLabel* m_exported = nullptr;
};

} // namespace picta
