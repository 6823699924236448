// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/pinyin.h"

#include <QList>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

namespace ecoplan {
namespace {

/// Words of environmental plans whose usual reading ICU's per-character tables miss in both modes.
const QList<std::pair<QString, QString>> &corrections()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("行业"), QStringLiteral(" hang ye ")},
        {QStringLiteral("银行"), QStringLiteral(" yin hang ")},
        {QStringLiteral("调整"), QStringLiteral(" tiao zheng ")},
        {QStringLiteral("调控"), QStringLiteral(" tiao kong ")},
        {QStringLiteral("协调"), QStringLiteral(" xie tiao ")},
        {QStringLiteral("调节"), QStringLiteral(" tiao jie ")},
    };
    return list;
}

/// ICU builds a transliterator from its rules in tens of milliseconds, and one instance must not be used by
/// two threads at once: one shared instance per reading, made on first use, behind a mutex.
class Transliteration
{
public:
    static Transliteration &instance()
    {
        static Transliteration t;
        return t;
    }

    /// "xu chang shi" for 许昌市: one syllable a character, separated by spaces.
    QString syllables(const QString &text, PinyinReading reading)
    {
        std::lock_guard lock(m_mutex);
        std::unique_ptr<icu::Transliterator> &t = reading == PinyinReading::Names ? m_names : m_general;
        if (!t) {
            UErrorCode status = U_ZERO_ERROR;
            const char *id = reading == PinyinReading::Names ? "Han-Latin/Names; Latin-ASCII; Lower"
                                                             : "Han-Latin; Latin-ASCII; Lower";
            t.reset(icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
            if (U_FAILURE(status)) {
                t.reset();
                return text.toLower();
            }
        }
        icu::UnicodeString u(reinterpret_cast<const char16_t *>(text.utf16()),
                             static_cast<int32_t>(text.size()));
        t->transliterate(u);
        return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
    }

private:
    std::mutex m_mutex;
    std::unique_ptr<icu::Transliterator> m_general;
    std::unique_ptr<icu::Transliterator> m_names;
};

} // namespace

Pinyin toPinyin(const QString &text, PinyinReading reading)
{
    Pinyin out;
    if (text.isEmpty())
        return out;
    QString corrected = text;
    for (const auto &[word, syllables] : corrections())
        corrected.replace(word, syllables);
    // Split on anything that is not a letter or digit, so "(1)" or "“公转铁”" add no stray initials.
    const QString latin = Transliteration::instance().syllables(corrected, reading);
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
