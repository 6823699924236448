// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace ecoplan {

/// A value or a human-readable reason why there is none (C++23's std::expected, which GCC 12 lacks).
/// The reason names the file, row or field and what the user can do.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString reason)
    {
        Result r;
        r.m_error = std::move(reason);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() & { return *m_value; }
    const T &operator*() const & { return *m_value; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

/// Success or a reason, for operations that produce no value.
class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString reason)
    {
        Status s;
        s.m_error = std::move(reason);
        s.m_ok = false;
        return s;
    }
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    bool m_ok = true;
    QString m_error;
};

} // namespace ecoplan
