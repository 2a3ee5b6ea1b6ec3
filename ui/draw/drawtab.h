#pragma once

#include "inference/prediction.h"

#include <QImage>
#include <QMap>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QTimer;

namespace picta {

class Predictor;
class ProjectDocument;
class SketchCanvas;

/// Draw and watch the sketch classified live: each change is prepared as Quick, Draw! prepared its
/// bitmaps (crop to the ink, pad, centre, resize, the model's polarity), shown as "what the model
/// sees", and classified off the GUI thread; the top five classes appear as bars. In collect mode,
/// Enter saves the drawing as an image of the chosen class (through the shared ProjectDocument,
/// undoable from any tab) and clears the canvas.
class DrawTab : public QWidget {
    Q_OBJECT

public:
    explicit DrawTab(ProjectDocument* document, QWidget* parent = nullptr);
    ~DrawTab() override;

    void setRun(const QString& runDir);
    SketchCanvas* canvas() const { return m_canvas; }
    /// The classes and probabilities shown, best first.
    QStringList shownClasses() const;
    /// Saves the drawing into the dataset as the collect-mode class; returns the file, or empty.
    QString saveDrawing();
    void setCollecting(bool on);

Q_SIGNALS:
    void predicted(const picta::Prediction& prediction);
    void modelLoaded(const QString& runDir);
    void drawingSaved(const QString& path);
    void statusMessage(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void buildUi();
    void schedulePrediction();
    void predictNow();
    void showPrediction(const Prediction& prediction, const QImage& seen);
    void refreshRuns(const QString& select);
    void refreshCollectCounts();
    void fillCollectClasses();
    void onRunsChanged(const QStringList& runs);

    ProjectDocument* m_document;
    std::shared_ptr<Predictor> m_predictor;
    QThreadPool m_pool;
    int m_generation = 0;
    QString m_loadingRun; ///< the run whose model is on its way; older loads are dropped
    QTimer* m_debounce = nullptr;
    SketchCanvas* m_canvas = nullptr;
    QComboBox* m_runs = nullptr;
    QLabel* m_modelInfo = nullptr;
    QLabel* m_seen = nullptr;
    QVector<QLabel*> m_names;
    QVector<QProgressBar*> m_bars;
    QSlider* m_brush = nullptr;
    QPushButton* m_eraser = nullptr;
    QGroupBox* m_collect = nullptr;
    QComboBox* m_collectClass = nullptr;
    QLabel* m_collectCounts = nullptr;
};

} // namespace picta
