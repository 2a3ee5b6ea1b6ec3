#pragma once

#include <QString>

#include <utility>

namespace picta {

/// Success, or an error message naming the file and the cause: Expected<T> for operations that
/// return nothing. [[nodiscard]]: a failure cannot be dropped without the compiler saying so
/// (the build treats that warning as an error); a caller that really has nothing to do with it
/// writes `(void)`, with a comment saying why.
class [[nodiscard]] Status {
public:
    Status() = default; ///< success
    static Status success() { return {}; }
    static Status failure(QString error)
    {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(error);
        return s;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace picta
