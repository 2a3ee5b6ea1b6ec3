#pragma once

#include "training/trainingtypes.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QToolButton;
class QPushButton;
class QSpinBox;

namespace picta {

/// The Train tab's settings: architecture, epochs, batch size, learning rate (with the finder);
/// under Advanced: schedule, early stopping, weight decay, label smoothing, augmentation, class
/// weights, image size and progressive resizing, initial weights (random, ImageNet, a file),
/// frozen epochs for fine-tuning, and the mirror ImageNet weights come from (kept in QSettings).
class TrainingSettings : public QGroupBox {
    Q_OBJECT

public:
    explicit TrainingSettings(QWidget* parent = nullptr);

    /// Shows the weights mirror saved in the settings (after Preferences changed it).
    void reloadMirror();
    /// `base` with this panel's values filled in.
    TrainingConfig apply(TrainingConfig base) const;
    /// Shows a configuration (a resumed run's), so that the panel says what is being trained.
    void setConfig(const TrainingConfig& config);
    /// What "the project's" image size is, for the Image size field.
    void setProjectImageSize(int pixels);
    void setLearningRate(double lr);
    double learningRate() const;
    void setEditable(bool editable);
    /// Starts from this safetensors file (empty: back to random weights); what the file dialog sets.
    void setWeightsFile(const QString& path);
    /// Shows the Advanced section (schedule, early stop, regularisation, transfer learning).
    void showAdvanced(bool shown);
    QWidget* firstField() const;
    QWidget* lastField() const;

Q_SIGNALS:
    void findLearningRateRequested();

private:
    void setAdvancedVisible(bool visible);
    void updateTransfer();
    void updateSizes();
    void chooseWeightsFile();

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
    QSpinBox* m_imageSize = nullptr;
    QLineEdit* m_sizes = nullptr;
    QComboBox* m_start = nullptr;
    QString m_weightsFile;
    QSpinBox* m_frozenEpochs = nullptr;
    QLineEdit* m_mirror = nullptr;
    bool m_editable = true;
};

} // namespace picta
