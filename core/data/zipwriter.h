#pragma once

#include "support/expected.h"
#include "support/status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace picta {

/// Writes a zip archive that ZipReader, Python's zipfile and unzip read: entries deflated (zlib,
/// raw) or stored, UTF-8 names, no zip64 (the archive must stay under 4 GB). The whole archive is
/// written atomically (write-then-rename): a failed or cancelled export leaves no partial file.
class ZipWriter {
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    enum class Method { Stored, Deflated };
    void add(const QString& name, const QByteArray& data, Method method = Method::Deflated);
    Status save(const QString& path) const;
    /// The archive's bytes (what save() writes).
    Expected<QByteArray> bytes() const;

private:
    struct Entry {
        QString name;
        QByteArray data;
        Method method;
    };
    QVector<Entry> m_entries;
};

} // namespace picta
