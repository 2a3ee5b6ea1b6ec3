#pragma once

#include "support/status.h"
#include "support/expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace picta {

/// One removed file: where it came from, why, and where it waits.
struct QuarantineItem {
    QString id;
    QString originalPath; ///< relative to the project root when inside it, else absolute
    QString storedName;   ///< file name under quarantine/files/
    QString reason;
    QDateTime when;
};

/// The project's quarantine/ folder: removing an image moves it there, with the reason and its
/// original path in quarantine/quarantine.json (written atomically), so that any item can be put
/// back. Nothing else in Picta deletes a user's image; only empty() does, when asked to.
class Quarantine {
    Q_DECLARE_TR_FUNCTIONS(Quarantine)

public:
    explicit Quarantine(const QString& projectRoot);

    QString dir() const;
    QVector<QuarantineItem> items() const;
    /// items(), failing when the manifest exists but cannot be read or parsed: the writers use it,
    /// so that a damaged manifest is reported instead of being replaced (which would orphan every
    /// earlier item).
    Expected<QVector<QuarantineItem>> readItems() const;

    /// Moves each file into the quarantine with its reason (one manifest write for all).
    /// Returns the items added; files that could not be moved are named in `errors` and stay.
    QVector<QuarantineItem> add(const QVector<QPair<QString, QString>>& pathsAndReasons, QStringList* errors = nullptr);
    Expected<QuarantineItem> add(const QString& path, const QString& reason);
    /// Moves an item back to its original path (with a suffix if that name is taken again) and
    /// returns the path it now has.
    Expected<QString> restore(const QString& id);
    /// Deletes every quarantined file for good.
    Status empty();
    /// Where an item came from, as an absolute path.
    QString absoluteOriginal(const QuarantineItem& item) const;

private:
    Status saveItems(const QVector<QuarantineItem>& items) const;

    QString m_root;
    mutable QJsonArray m_foreign; ///< manifest entries readItems() does not act on (outside the project, malformed)
};

} // namespace picta

Q_DECLARE_METATYPE(picta::QuarantineItem)
