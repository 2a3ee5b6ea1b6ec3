#pragma once

#include "support/status.h"
#include <QCoreApplication>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace picta {

/// One row of a project's sources.csv: where a file came from and under which licence.
struct ProvenanceRow {
    QString file;     ///< relative to the project root, e.g. images/cats/x.jpg
    QString sha256;   ///< hex, of the bytes as stored in the project
    QString url;      ///< source address or original path
    QString provider; ///< folder, zip, url-list, openverse, …
    QString license, creator;
    int originalWidth = 0, originalHeight = 0; ///< before any downscaling on import
    QString imported;                          ///< ISO date and time
    QString landingPage, licenseUrl;           ///< the page that shows the image and its licence (scraped files)
    QString term;                              ///< the search term a scraped file was found with
};

/// sources.csv (RFC 4180 quoting), appended to atomically: every import and scrape records
/// each file it wrote, so that credits and licences can be shown and exported later.
class ProvenanceLog {
    Q_DECLARE_TR_FUNCTIONS(ProvenanceLog)

public:
    explicit ProvenanceLog(const QString& projectRoot);
    QString path() const;
    /// `span` receives where the rows landed, for retract().
    Status append(const QVector<ProvenanceRow>& rows, QPair<qint64, qint64>* span = nullptr) const;
    /// Takes back rows append() just wrote (their file could not be written), unless another
    /// program appended after them.
    void retract(const QPair<qint64, qint64>& span) const;
    QVector<ProvenanceRow> rows() const;
    /// The row for `file` (relative to the project root); a default row when none.
    ProvenanceRow find(const QString& file) const;

    static QStringList columns();

private:
    QString m_root;
};

} // namespace picta
