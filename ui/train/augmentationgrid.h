#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace picta {

/// A grid of training images as augmentation shows them to the network: one row per image, one
/// column per draw. Made in the background on request.
class AugmentationGrid : public QWidget {
    Q_OBJECT

public:
    explicit AugmentationGrid(QWidget* parent = nullptr);
    void setProject(const QString& projectDir);
    /// Tiles shown (for tests).
    int tileCount() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    QString m_projectDir;
    QPushButton* m_button = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_tiles = nullptr;
    QGridLayout* m_grid = nullptr;
    quint64 m_seed = 1;
};

} // namespace picta
