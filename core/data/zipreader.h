#pragma once

#include "support/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QVector>

namespace picta {

/// Reads zip archives (stored and deflated entries, from the central directory) without
/// extracting anything to disk. Entry names are checked before any use: absolute paths, drive
/// letters, `..` components and backslash tricks are refused, so an archive cannot write outside
/// the folder it is imported into ("zip slip"). Zip64, encrypted and other compression methods
/// are reported, not guessed.
class ZipReader {
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    struct Entry {
        QString name; ///< as stored, '/' separated
        qint64 compressedSize = 0, size = 0;
        quint16 method = 0;
        quint16 flags = 0;
        quint32 crc = 0;
        qint64 localHeaderOffset = 0;
        bool isDirectory() const { return name.endsWith('/'); }
    };

    static Expected<ZipReader> open(const QString& path);
    const QVector<Entry>& entries() const { return m_entries; }
    /// The entry's bytes, inflated and checked against its CRC-32. `maxBytes` caps the inflated size.
    Expected<QByteArray> read(const Entry& entry, qint64 maxBytes = qint64(256) << 20);
    /// Why `name` is not a safe relative path, or an empty string when it is.
    static QString unsafeName(const QString& name);

private:
    std::shared_ptr<QFile> m_file;
    QString m_path;
    QVector<Entry> m_entries;
};

} // namespace picta
