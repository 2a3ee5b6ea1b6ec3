#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace picta {

/// A value or an error message naming the file and the cause. Core reports failures this way
/// (ARCHITECTURE.md, "Errors"); only ui/ turns them into dialogs.
template <typename T> class [[nodiscard]] Expected {
public:
    Expected(T value)
        : m_value(std::move(value))
    {
    }
    static Expected failure(QString error)
    {
        Expected e;
        e.m_error = std::move(error);
        return e;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const QString& error() const { return m_error; }

private:
    Expected() = default;
    std::optional<T> m_value;
    QString m_error;
};

} // namespace picta
