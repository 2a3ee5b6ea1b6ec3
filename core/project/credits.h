#pragma once

#include "provenancelog.h"
#include "support/status.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace picta {

/// The attribution file for a dataset (CREDITS.md), made from sources.csv: each image with its
/// page, creator and licence, grouped by provider, and a warning when some have no known
/// licence. One piece of code for `picta-cli credits` and the Scrape tab's button.
class Credits {
    Q_DECLARE_TR_FUNCTIONS(Credits)

public:
    static QString markdown(const QVector<ProvenanceRow>& rows);
    /// Writes `projectDir`/CREDITS.md (or `out`) atomically; `credited` receives the image count.
    static Status write(const QString& projectDir, const QString& out = {}, int* credited = nullptr);
    static QString defaultPath(const QString& projectDir);
};

} // namespace picta
