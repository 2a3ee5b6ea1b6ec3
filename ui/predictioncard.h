#pragma once

#include "inference/prediction.h"

#include <QFrame>
#include <QImage>

class QLabel;
class QProgressBar;

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
    bool hasResult() const { return m_hasResult; }
    /// The best class shown, or empty.
    QString topClass() const;

private:
    QLabel* m_thumbnail = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_error = nullptr;
    QVector<QLabel*> m_names;
    QVector<QProgressBar*> m_bars;
    bool m_hasResult = false;
};

} // namespace picta
