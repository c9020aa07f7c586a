#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace sitegov {

// An error the user can act on: `message` is already in the user's language, `detail` is the
// technical text (driver message, file offset) that the interface folds away. `code` is a stable
// key for callers that act on the kind of failure (the backend client's "net.unauthorized",
// "net.timeout", ...); empty where nobody needs to tell kinds apart.
struct Error
{
    QString message;
    QString detail;
    QString code;

    QString fullText() const { return detail.isEmpty() ? message : message + QStringLiteral("\n") + detail; }
};

// A value or an error. Errors cross layer and thread boundaries as values, never as exceptions.
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit on purpose, like std::expected
        : m_value(std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T value() && { return std::move(*m_value); } // by value: safe in range-for over a temporary
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace sitegov
