#pragma once

#include <QString>

namespace picta::test {

/// A read-only view of a folder (a read-only bind mount, as a project on a CD or a write-protected
/// share would be). Needs root: available() is false elsewhere, and tests using it skip.
class ReadOnlyMount {
public:
    ReadOnlyMount(const QString& source, const QString& mountPoint);
    ~ReadOnlyMount();
    ReadOnlyMount(const ReadOnlyMount&) = delete;
    ReadOnlyMount& operator=(const ReadOnlyMount&) = delete;
    bool available() const { return m_mounted; }

private:
    QString m_mountPoint;
    bool m_mounted = false;
};

} // namespace picta::test
