#pragma once

#include "inference/prediction.h"

#include <QThreadPool>
#include <QWizardPage>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace picta {

class NewClassifierWizard;
class Predictor;
class SketchCanvas;

/// Wizard step 5, "Try it": drop, paste or open a picture (or draw, for a model of gray
/// pictures such as sketches) and see the answer with its confidence. *Wrong?* records the right
/// class in feedback.json (the Predict tab's feedback) and offers to add the picture to the
/// dataset. The model's weakest class and most confused pair are named, with a suggestion.
class TryPage : public QWizardPage {
    Q_OBJECT

public:
    explicit TryPage(NewClassifierWizard* wizard);
    ~TryPage() override;

    void initializePage() override;

    /// Classifies an image file (what a drop or Open does).
    void tryFile(const QString& path);
    /// Classifies the drawing on the canvas.
    void tryDrawing();
    Prediction lastPrediction() const { return m_last; }
    QString answerText() const;
    QString adviceText() const;
    /// *Wrong?*: records `truth` as the right class for the last picture.
    void recordTruth(const QString& truth);
    /// The live picture of a camera (or a video file), classified as it comes.
    void tryCamera();
    /// Adds the last picture to the dataset under the recorded right class (or the predicted one).
    QString addToDataset();
    SketchCanvas* canvas() const { return m_canvas; }

Q_SIGNALS:
    void predicted(const picta::Prediction& prediction);
    void modelLoaded();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void loadModel();
    void showAnswer(const Prediction& prediction, const QImage& picture);
    void paste();

    NewClassifierWizard* m_wizard;
    std::shared_ptr<Predictor> m_predictor;
    QString m_loadedRun;
    QThreadPool m_pool;
    QLabel* m_picture;
    QLabel* m_answer;
    QLabel* m_others;
    QLabel* m_advice;
    QComboBox* m_truth;
    QPushButton* m_record;
    QPushButton* m_add;
    QLabel* m_feedback;
    SketchCanvas* m_canvas;
    QWidget* m_drawBox;
    Prediction m_last;
    QString m_lastPath;   ///< the file tried last; empty for a drawing or a pasted picture
    QByteArray m_lastPng; ///< the drawing or pasted picture tried last
    QString m_recordedTruth;
    int m_generation = 0;
};

} // namespace picta
