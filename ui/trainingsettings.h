#pragma once

#include "training/trainingtypes.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QToolButton;
class QPushButton;
class QSpinBox;

namespace picta {

/// The Train tab's settings: architecture, epochs, batch size, learning rate (with the finder),
/// schedule, augmentation, early stopping, weight decay, label smoothing and class weights.
class TrainingSettings : public QGroupBox {
    Q_OBJECT

public:
    explicit TrainingSettings(QWidget* parent = nullptr);

    /// `base` with this panel's values filled in.
    TrainingConfig apply(TrainingConfig base) const;
    void setLearningRate(double lr);
    double learningRate() const;
    void setEditable(bool editable);
    /// Shows the Advanced section (schedule, early stop, regularisation, transfer learning).
    void showAdvanced(bool shown);
    QWidget* firstField() const;
    QWidget* lastField() const;

Q_SIGNALS:
    void findLearningRateRequested();

private:
    void setAdvancedVisible(bool visible);

    QFormLayout* m_form = nullptr;
    QToolButton* m_advanced = nullptr;
    QComboBox* m_arch = nullptr;
    QSpinBox* m_epochs = nullptr;
    QSpinBox* m_batch = nullptr;
    QDoubleSpinBox* m_learningRate = nullptr;
    QPushButton* m_find = nullptr;
    QComboBox* m_schedule = nullptr;
    QCheckBox* m_augment = nullptr;
    QSpinBox* m_patience = nullptr;
    QComboBox* m_monitor = nullptr;
    QDoubleSpinBox* m_weightDecay = nullptr;
    QDoubleSpinBox* m_labelSmoothing = nullptr;
    QCheckBox* m_classWeights = nullptr;
    QCheckBox* m_pretrained = nullptr;
    QSpinBox* m_frozenEpochs = nullptr;
};

} // namespace picta
