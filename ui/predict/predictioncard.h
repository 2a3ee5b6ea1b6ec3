#pragma once

#include "inference/prediction.h"

#include <QFrame>
#include <QImage>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace picta {

/// One predicted image: its thumbnail, its name and its top classes with probability bars.
class PredictionCard : public QFrame {
    Q_OBJECT

public:
    static constexpr int kThumbnailSize = 112;
    static constexpr int kRows = 3;

    explicit PredictionCard(const QString& title, QWidget* parent = nullptr);

    void setThumbnail(const QImage& image);
    void setPrediction(const picta::Prediction& prediction);
    /// The Grad-CAM overlay beside the image (a null image hides it), or why there is none.
    void setGradCam(const QImage& overlay, const QString& error = QString());
    /// Offers feedback: "correct", or the right class among `classes`, and adding to the dataset.
    void setClasses(const QStringList& classes);
    /// The image file the card shows (empty for pasted images).
    QString path() const { return m_path; }
    void setPath(const QString& path) { m_path = path; }
    const Prediction& prediction() const { return m_prediction; }
    /// Records that the right answer is `truth` (what the buttons do).
    void answer(const QString& truth);

    bool hasResult() const { return m_hasResult; }
    /// The best class shown, or empty.
    QString topClass() const;

Q_SIGNALS:
    void answered(const QString& predicted, const QString& truth);
    void addToDatasetRequested(const QString& className);

private:
    QLabel* m_thumbnail = nullptr;
    QLabel* m_gradCam = nullptr;
    QComboBox* m_truth = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_answer = nullptr;
    QString m_path;
    Prediction m_prediction;
    QLabel* m_title = nullptr;
    QLabel* m_error = nullptr;
    QVector<QLabel*> m_names;
    QVector<QProgressBar*> m_bars;
    bool m_hasResult = false;
};

} // namespace picta
