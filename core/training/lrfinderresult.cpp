#include "lrfinderresult.h"

#include <algorithm>
#include <cmath>

namespace picta {

void LrFinderResult::suggest()
{
    const int n = int(lrs.size());
    if (n < 2)
        return;
    // fastai drops the first tenth and the last few points: warm-up noise and the divergence.
    int begin = n >= 20 ? n / 10 : 0;
    int end = n >= 20 ? n - 5 : n;
    const QVector<double> x = lrs.mid(begin, end - begin);
    const QVector<double> y = losses.mid(begin, end - begin);
    const int m = int(x.size());

    // minimum: a tenth of the rate at the lowest loss.
    const int argmin = int(std::min_element(y.begin(), y.end()) - y.begin());
    minimum = x[argmin] / 10.0;

    // steep: the steepest descent of the loss against log(lr).
    int steepest = 0;
    double slope = std::numeric_limits<double>::infinity();
    for (int i = 1; i < m; ++i) {
        const double g = (y[i] - y[i - 1]) / (std::log10(x[i]) - std::log10(x[i - 1]));
        if (g < slope) {
            slope = g;
            steepest = i;
        }
    }
    steep = x[steepest];

    // valley (fastai's default): the longest run of decreasing loss, two thirds of the way down.
    QVector<int> run(m, 1);
    int maxStart = 0, maxEnd = 0;
    for (int i = 1; i < m; ++i) {
        for (int j = 0; j < i; ++j)
            if (y[i] < y[j] && run[i] < run[j] + 1)
                run[i] = run[j] + 1;
        if (run[maxEnd] < run[i]) {
            maxEnd = i;
            maxStart = maxEnd - run[maxEnd];
        }
    }
    const double sections = (maxEnd - maxStart) / 3.0;
    const int index = std::clamp(maxStart + int(sections) + int(sections / 2.0), 0, m - 1);
    valley = x[index];
    suggestion = valley;
}

} // namespace picta
