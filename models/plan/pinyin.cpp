// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/pinyin.h"

#include <QStringList>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

namespace ecoplan {
namespace {

/// ICU builds a transliterator from its rules in tens of milliseconds, and one instance must not be used by
/// two threads at once: one shared instance behind a mutex.
class Transliteration
{
public:
    static Transliteration &instance()
    {
        static Transliteration t;
        return t;
    }

    /// "xu chang shi" for 许昌市: one syllable a character, separated by spaces.
    QString syllables(const QString &text)
    {
        std::lock_guard lock(m_mutex);
        if (!m_transliterator)
            return text.toLower();
        icu::UnicodeString u(reinterpret_cast<const char16_t *>(text.utf16()),
                             static_cast<int32_t>(text.size()));
        m_transliterator->transliterate(u);
        return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
    }

private:
    Transliteration()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_transliterator.reset(icu::Transliterator::createInstance("Han-Latin/Names; Latin-ASCII; Lower",
                                                                   UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_transliterator.reset();
    }

    std::mutex m_mutex;
    std::unique_ptr<icu::Transliterator> m_transliterator;
};

} // namespace

Pinyin toPinyin(const QString &text)
{
    Pinyin out;
    if (text.isEmpty())
        return out;
    // Split on anything that is not a letter or digit, so "(1)" or "“公转铁”" add no stray initials.
    const QString latin = Transliteration::instance().syllables(text);
    QString word;
    auto flush = [&] {
        if (!word.isEmpty()) {
            out.full += word;
            out.initials += word.front();
            word.clear();
        }
    };
    for (const QChar c : latin) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return out;
}

} // namespace ecoplan
