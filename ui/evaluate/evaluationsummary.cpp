#include "evaluate/evaluationsummary.h"

#include "inference/runevaluator.h"

#include <QLocale>

namespace picta {

EvaluationSummary::EvaluationSummary(QWidget* parent)
    : QLabel(tr("Choose a run"), parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void EvaluationSummary::showEvaluation(const RunEvaluation& evaluation)
{
    QStringList pairs;
    for (const auto& cell : evaluation.confusion.mostConfused(3))
        if (cell[2] > 0)
            pairs << tr("%1 taken for %2 (%3×)").arg(evaluation.classes[cell[0]], evaluation.classes[cell[1]]).arg(cell[2]);
    setText(tr("<b>Accuracy %1 %</b> on %n %3 image(s).%4%5", nullptr, evaluation.confusion.total())
                .arg(QLocale().toString(evaluation.confusion.accuracy() * 100, 'f', 1))
                .arg(evaluation.split == QLatin1String("validation")     ? tr("validation")
                         : evaluation.split == QLatin1String("training") ? tr("training")
                                                                         : tr("(no validation split: all)"))
                .arg(pairs.isEmpty() ? QString() : tr(" Most confused: %1.").arg(pairs.join(QStringLiteral("; "))))
                .arg(evaluation.unreadable.isEmpty() ? QString()
                                                     : tr(" %n image(s) could not be read.", nullptr, int(evaluation.unreadable.size()))));
}

} // namespace picta
