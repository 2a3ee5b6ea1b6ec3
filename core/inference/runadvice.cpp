#include "runadvice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace picta {

RunAdvice RunAdvice::of(const ModelInfo& model)
{
    RunAdvice advice;
    const QJsonObject perClass = model.metrics.value(QStringLiteral("per_class")).toObject();
    for (const QString& name : model.classes) {
        const QJsonObject m = perClass.value(name).toObject();
        if (m.isEmpty() || m.value(QStringLiteral("support")).toInt() == 0)
            continue;
        const double f1 = m.value(QStringLiteral("f1")).toDouble();
        if (advice.weakestF1 < 0 || f1 < advice.weakestF1) {
            advice.weakestF1 = f1;
            advice.weakestClass = name;
        }
    }
    // confusion[truth][predicted]
    const QJsonArray confusion = model.metrics.value(QStringLiteral("confusion")).toArray();
    for (int t = 0; t < confusion.size() && t < model.classes.size(); ++t) {
        const QJsonArray row = confusion[t].toArray();
        int support = 0;
        for (const QJsonValue& v : row)
            support += v.toInt();
        for (int p = 0; p < row.size() && p < model.classes.size(); ++p)
            if (p != t && row[p].toInt() > advice.confusedCount) {
                advice.confusedCount = row[p].toInt();
                advice.confusedTruth = model.classes[t];
                advice.confusedAs = model.classes[p];
                advice.truthSupport = support;
            }
    }
    return advice;
}

QString RunAdvice::sentence() const
{
    if (isEmpty())
        return {};
    if (weakestF1 >= 0.999 && confusedCount == 0)
        return tr("It got every test picture right. Try it on pictures unlike the ones it learned from: that is where it will "
                  "slip.");
    if (confusedCount == 0)
        return tr("It is least sure about %1: add more %1 pictures, as varied as you can.").arg(weakestClass);
    return tr("Its weakest class is %1, and it took %2 of %n %4 picture(s) for %5: add more %4 pictures, especially ones that "
              "could pass for %5 (other backgrounds, angles and lighting).",
              nullptr, truthSupport)
        .arg(weakestClass)
        .arg(confusedCount)
        .arg(confusedTruth, confusedAs);
}

} // namespace picta
