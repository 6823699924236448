// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "plan/placeref.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace ecoplan {

/// Henan's province, prefectures, counties, main rivers, reservoirs and the canal, with their Chinese,
/// short, English and pinyin names (data/gazetteer/henan-gazetteer.csv), and the places a text mentions.
///
/// Matching, Chinese and English alike, takes the longest name at each position, so 襄城县 is not also 襄城
/// and 许昌市 is one mention. Names that are also common words are matched only in a context:
/// * county and district shorts (魏都, 鄢陵) only before 政府, 境内, 辖区, 城区, 县城 and the like;
///   prefecture, county-level city (禹州), river and reservoir shorts anywhere;
/// * county and district pinyin only with "County"/"District" ("Weidu District"); "Yuzhou" alone is a city;
/// * a few compounds (示范县, 信息县, 河南岸) are never places.
/// Where one name fits two places (安阳), the higher level wins. English is case-insensitive.
class Gazetteer
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::Gazetteer)
public:
    /// Reads the gazetteer CSV (columns code, kind, name_zh, short_zh, name_en, pinyin, parent_code; aliases
    /// and old_codes optional, ';'-separated). Former names of a unit (淮阳县 for 淮阳区) are among its
    /// aliases. Fails naming the file and the row.
    static Result<Gazetteer> load(const QString &csvPath);
    /// The gazetteer shipped beside the executable (build tree or installed), or empty if there is none. The
    /// command line and the workbench both read plans against it.
    static QString shippedPath();

    /// Each place mentioned in `text`, once, in the order of its first mention. `name` is the place's full
    /// Chinese name (禹州市 for "Yuzhou"); `code` its admin code or an id such as river:huaihe.
    QList<PlaceRef> findPlaces(const QString &text) const;
    /// The place one name stands for (full, short, alias, English or pinyin; surrounding space ignored).
    std::optional<PlaceRef> lookup(const QString &name) const;
    /// The place with an admin code or id, or with a former code (411626 → 淮阳区 411603).
    std::optional<PlaceRef> byCode(const QString &code) const;
    /// Number of places.
    qsizetype size() const { return m_places.size(); }

private:
    struct Place
    {
        QString code;
        QString kind;
        QString nameZh;
    };
    /// What a key stands for: a place (index) or, for -1, a compound that is not a place.
    struct Hit
    {
        int place = -1;
        int priority = 0;
    };
    using Index = QHash<QString, Hit>;

    Gazetteer() = default;
    void addPlace(const QStringList &fields, const QHash<QString, int> &columns);
    static void insert(Index &index, const QString &key, Hit hit);
    static QString englishKey(const QString &name);
    /// Longest key in `m_zh` at `pos`: its length (0 if none) and hit.
    qsizetype matchChinese(const QString &text, qsizetype pos, Hit &hit) const;
    /// Longest English key of whole words at `pos`: the end of the match (pos if none) and hit.
    qsizetype matchEnglish(const QString &text, qsizetype pos, Hit &hit) const;

    QList<Place> m_places;
    QHash<QString, int> m_byCode;
    QHash<QString, int> m_byOldCode; ///< codes of units before a change of name or a merger
    Index m_zh;                      ///< Chinese keys as matched in text
    Index m_en;                      ///< English keys (lower case, single spaces) as matched in text
    Index m_lookup;                  ///< every name of every place, for lookup()
    QSet<QChar> m_zhFirst;           ///< first characters of the Chinese keys
    QSet<QString> m_enFirst;         ///< first words of the English keys
    qsizetype m_maxZhLength = 0;
    qsizetype m_maxEnWords = 0;
};

} // namespace ecoplan
