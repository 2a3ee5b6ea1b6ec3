#include "credits.h"

#include "support/atomicfile.h"

#include <QDir>
#include <QMap>

namespace picta {

QString Credits::markdown(const QVector<ProvenanceRow>& rows)
{
    QMap<QString, QVector<ProvenanceRow>> byProvider;
    for (const ProvenanceRow& r : rows)
        byProvider[r.provider].push_back(r);
    QString md = tr("# Credits\n\nImages in this dataset and where they come from, as recorded in sources.csv.\n");
    int unlicensed = 0;
    for (auto it = byProvider.begin(); it != byProvider.end(); ++it) {
        md += QStringLiteral("\n## %1\n\n").arg(it.key());
        for (const ProvenanceRow& r : it.value()) {
            const QString page = r.landingPage.isEmpty() ? r.url : r.landingPage;
            const bool known = !r.license.isEmpty() && !r.license.startsWith(QLatin1String("unknown"));
            unlicensed += known ? 0 : 1;
            md += QStringLiteral("- `%1`: %2%3, %4%5\n")
                      .arg(r.file, page.isEmpty() ? tr("(no address)") : QStringLiteral("<%1>").arg(page),
                           r.creator.isEmpty() ? QString() : tr(" by %1").arg(r.creator), known ? r.license : tr("licence unknown"),
                           r.licenseUrl.isEmpty() ? QString() : QStringLiteral(" (<%1>)").arg(r.licenseUrl));
        }
    }
    if (unlicensed > 0)
        md += tr("\n%n image(s) have no known licence: ask their owners before publishing them.\n", nullptr, unlicensed);
    return md;
}

QString Credits::defaultPath(const QString& projectDir)
{
    return QDir(projectDir).filePath(QStringLiteral("CREDITS.md"));
}

Status Credits::write(const QString& projectDir, const QString& out, int* credited)
{
    const QVector<ProvenanceRow> rows = ProvenanceLog(projectDir).rows();
    if (Status written = AtomicFile::write(out.isEmpty() ? defaultPath(projectDir) : out, markdown(rows).toUtf8()); !written)
        return written;
    if (credited)
        *credited = int(rows.size());
    return Status::success();
}

} // namespace picta
