#include "predict/feedbackpanel.h"

#include "common/confusionheatmap.h"

#include "project/feedbacklog.h"
#include "training/confusionmatrix.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace picta {

FeedbackPanel::FeedbackPanel(QWidget* parent)
    : QGroupBox(tr("Your answers (feedback confusion matrix)"), parent)
{
    setCheckable(true);
    setChecked(false);
    m_matrix = new ConfusionHeatmap(this);
    m_matrix->setMinimumHeight(220);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_matrix, 1);
    connect(this, &QGroupBox::toggled, m_matrix, &QWidget::setVisible);
    m_matrix->hide();
}

void FeedbackPanel::showAnswers(const QString& projectDir, const QString& runName, const QStringList& classes)
{
    const QString hint = tr("Answer under a prediction (✓ or the right class) and your answers add up here.");
    if (projectDir.isEmpty() || runName.isEmpty()) {
        m_matrix->setMatrix({}, {});
        m_summary->setText(hint);
        return;
    }
    const ConfusionMatrix answers = FeedbackLog(projectDir).confusion(classes, runName);
    QVector<QVector<int>> counts(classes.size(), QVector<int>(classes.size(), 0));
    for (int t = 0; t < classes.size(); ++t)
        for (int p = 0; p < classes.size(); ++p)
            counts[t][p] = answers.at(t, p);
    m_matrix->setMatrix(classes, counts);
    m_summary->setText(answers.total() == 0 ? hint
                                            : tr("%n answer(s) about this model; it was right in %1 % of them.", nullptr, answers.total())
                                                  .arg(QLocale().toString(answers.accuracy() * 100, 'f', 0)));
}

} // namespace picta
