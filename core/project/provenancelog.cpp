#include "provenancelog.h"

#include "support/atomicfile.h"
#include "support/filelock.h"

#include <QDir>
#include <QFile>

namespace picta {

namespace {

QString quote(const QString& field)
{
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n') && !field.contains('\r'))
        return field;
    return '"' + QString(field).replace('"', QStringLiteral("\"\"")) + '"';
}

// Splits CSV text into records of fields, honouring quotes (fields may hold commas and newlines).
QVector<QStringList> parse(const QString& text)
{
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record << field;
            field.clear();
        } else if (c == '\n') {
            record << field;
            field.clear();
            records << record;
            record.clear();
        } else if (c != '\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

} // namespace

ProvenanceLog::ProvenanceLog(const QString& projectRoot)
    : m_root(projectRoot)
{
}

QString ProvenanceLog::path() const
{
    return QDir(m_root).filePath(QStringLiteral("sources.csv"));
}

QStringList ProvenanceLog::columns()
{
    return {"file",           "sha256",          "url",      "provider",     "license",     "creator",
            "original_width", "original_height", "imported", "landing_page", "license_url", "term"};
}

void ProvenanceLog::retract(const QPair<qint64, qint64>& span) const
{
    AtomicFile::retractRecord(path(), span);
}

Status ProvenanceLog::append(const QVector<ProvenanceRow>& rows, QPair<qint64, qint64>* span) const
{
    if (rows.isEmpty())
        return Status::success();
    auto line = [](const ProvenanceRow& r) {
        const QStringList fields{r.file,
                                 r.sha256,
                                 r.url,
                                 r.provider,
                                 r.license,
                                 r.creator,
                                 r.originalWidth ? QString::number(r.originalWidth) : QString(),
                                 r.originalHeight ? QString::number(r.originalHeight) : QString(),
                                 r.imported,
                                 r.landingPage,
                                 r.licenseUrl,
                                 r.term};
        QStringList quoted;
        for (const QString& f : fields)
            quoted << quote(f);
        return quoted.join(',').toUtf8() + '\n';
    };
    const QByteArray header = columns().join(',').toUtf8() + '\n';
    QByteArray lines;
    for (const ProvenanceRow& r : rows)
        lines += line(r);
    QFile existing(path());
    if (!existing.open(QIODevice::ReadOnly) || existing.size() == 0 || existing.read(header.size()) == header) {
        existing.close();
        // The common case: appended in place under a lock, never rewritten (a kill or a second
        // program appending at the same moment loses no row).
        return AtomicFile::appendRecord(path(), lines, header, span);
    }
    existing.close();
    // A file from an older version (other columns) is carried over field by field instead of
    // being appended to under a mismatched header.
    const FileLock lock(FileLock::projectLockPath(m_root));
    QByteArray data = header;
    for (const ProvenanceRow& r : this->rows())
        data += line(r);
    return AtomicFile::write(path(), data + lines);
}

QVector<ProvenanceRow> ProvenanceLog::rows() const
{
    const auto read = AtomicFile::read(path());
    if (!read)
        return {}; // none yet
    const QByteArray& data = *read;
    const QVector<QStringList> records = parse(QString::fromUtf8(data));
    if (records.isEmpty())
        return {};
    const QStringList header = records.first();
    auto column = [&](const QStringList& record, const char* name) { return record.value(int(header.indexOf(QLatin1String(name)))); };
    QVector<ProvenanceRow> rows;
    for (int i = 1; i < records.size(); ++i) {
        const QStringList& r = records[i];
        rows.push_back({column(r, "file"), column(r, "sha256"), column(r, "url"), column(r, "provider"), column(r, "license"),
                        column(r, "creator"), column(r, "original_width").toInt(), column(r, "original_height").toInt(),
                        column(r, "imported"), column(r, "landing_page"), column(r, "license_url"), column(r, "term")});
    }
    return rows;
}

ProvenanceRow ProvenanceLog::find(const QString& file) const
{
    const QVector<ProvenanceRow> all = rows();
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (it->file == file)
            return *it;
    return {};
}

} // namespace picta
