// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "store/csvrows.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace ecoplan {
namespace {

const QStringList kRequiredColumns = {QStringLiteral("code"),       QStringLiteral("kind"),
                                      QStringLiteral("name_zh"),    QStringLiteral("short_zh"),
                                      QStringLiteral("name_en"),    QStringLiteral("pinyin"),
                                      QStringLiteral("parent_code")};

// Key strengths: a full name beats a short one, a short one beats a short in context.
constexpr int kFull = 300, kShort = 200, kContext = 100, kBlock = 1000;

/// Higher levels win where one name fits two places (安阳 the city, not 安阳县).
int kindRank(const QString &kind)
{
    static const QStringList order = {QStringLiteral("county"),     QStringLiteral("reservoir"),
                                      QStringLiteral("river"),      QStringLiteral("canal"),
                                      QStringLiteral("prefecture"), QStringLiteral("province")};
    return int(order.indexOf(kind)) + 1;
}

// What may follow a county or district short for it to be a place: its own or a former or later suffix
// (plans from before and after 长垣县 became 长垣市), an office or area word, or 段 (新密至襄城段). 市 is not
// allowed after a district short: 中原市场. Full former names (淮阳县 of 淮阳区) are aliases in the data.
const QStringList kCountyContexts = {
    QStringLiteral("县"),   QStringLiteral("市"),       QStringLiteral("区"),   QStringLiteral("县城"),
    QStringLiteral("政府"), QStringLiteral("人民政府"), QStringLiteral("境内"), QStringLiteral("辖区"),
    QStringLiteral("全境"), QStringLiteral("城区"),     QStringLiteral("党委"), QStringLiteral("段")};
const QStringList kDistrictContexts = {
    QStringLiteral("区"),   QStringLiteral("政府"), QStringLiteral("人民政府"), QStringLiteral("境内"),
    QStringLiteral("辖区"), QStringLiteral("全境"), QStringLiteral("城区"),     QStringLiteral("党委")};
// Compounds that contain a place name but are not places (示范县 holds 范县, 运河南岸 河南).
const QStringList kNotPlaces = {QStringLiteral("示范县"), QStringLiteral("规范县"), QStringLiteral("防范县"),
                                QStringLiteral("创新县"), QStringLiteral("更新县"), QStringLiteral("信息县"),
                                QStringLiteral("新县城"), QStringLiteral("河南岸"), QStringLiteral("河南侧")};

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}
bool isWordChar(QChar c)
{
    return isAsciiLetter(c) || c.isDigit();
}
bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}
bool isCjk(QChar c)
{
    return c.unicode() >= 0x3400 && !c.isSpace() && !c.isPunct();
}

} // namespace

QString Gazetteer::shippedPath()
{
    const QString candidates[] = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../data/henan-gazetteer.csv"),
        QStringLiteral("/usr/share/ecoplan/henan-gazetteer.csv"),
    };
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c))
            return QDir::cleanPath(c);
    }
    return {};
}

Result<Gazetteer> Gazetteer::load(const QString &csvPath)
{
    using R = Result<Gazetteer>;
    const Result<CsvRows> csv = CsvRows::read(csvPath);
    if (!csv)
        return R::failure(tr("The gazetteer cannot be read: %1").arg(csv.error()));
    const QHash<QString, int> &columns = csv->columns;
    for (const QString &c : kRequiredColumns)
        if (!columns.contains(c))
            return R::failure(tr("The gazetteer “%1” has no column “%2”.").arg(csvPath, c));

    Gazetteer g;
    int row = 1;
    for (const QStringList &fields : csv->rows) {
        ++row;
        const QString code = fields[columns[QStringLiteral("code")]];
        const QString kind = fields[columns[QStringLiteral("kind")]];
        if (code.isEmpty() || fields[columns[QStringLiteral("name_zh")]].isEmpty())
            return R::failure(
                tr("The gazetteer “%1”, row %2: no code or Chinese name.").arg(csvPath).arg(row));
        if (kindRank(kind) == 0)
            return R::failure(
                tr("The gazetteer “%1”, row %2: unknown kind “%3”.").arg(csvPath).arg(row).arg(kind));
        if (g.m_byCode.contains(code))
            return R::failure(
                tr("The gazetteer “%1”, row %2: code %3 appears twice.").arg(csvPath).arg(row).arg(code));
        g.addPlace(fields, columns);
    }
    if (g.m_places.isEmpty())
        return R::failure(tr("The gazetteer “%1” holds no places.").arg(csvPath));
    for (const QString &compound : kNotPlaces)
        insert(g.m_zh, compound, Hit{-1, kBlock});
    for (auto it = g.m_zh.cbegin(); it != g.m_zh.cend(); ++it) {
        g.m_maxZhLength = std::max(g.m_maxZhLength, it.key().size());
        g.m_zhFirst.insert(it.key().front());
    }
    for (auto it = g.m_en.cbegin(); it != g.m_en.cend(); ++it) {
        g.m_maxEnWords = std::max(g.m_maxEnWords, it.key().count(QLatin1Char(' ')) + 1);
        g.m_enFirst.insert(it.key().section(QLatin1Char(' '), 0, 0));
    }
    return g;
}

void Gazetteer::insert(Index &index, const QString &key, Hit hit)
{
    if (key.isEmpty())
        return;
    auto it = index.find(key);
    if (it == index.end())
        index.insert(key, hit);
    else if (hit.priority > it->priority)
        *it = hit;
}

QString Gazetteer::englishKey(const QString &name)
{
    QString key = name.toLower();
    key.replace(QChar(0x2019), QLatin1Char('\''));
    key.replace(QLatin1Char('-'), QLatin1Char(' '));
    return key.simplified();
}

void Gazetteer::addPlace(const QStringList &fields, const QHash<QString, int> &columns)
{
    auto field = [&](const char *name) {
        const int i = columns.value(QLatin1String(name), -1);
        return i < 0 ? QString() : fields[i];
    };
    const Place place{field("code"), field("kind"), field("name_zh")};
    const int index = int(m_places.size());
    m_places.append(place);
    m_byCode.insert(place.code, index);
    // Codes the unit had before a change (淮阳县 411626 is 淮阳区 411603 since 2019); a current code wins.
    for (const QString &old : field("old_codes").split(QLatin1Char(';'), Qt::SkipEmptyParts))
        m_byOldCode.insert(old.trimmed(), index);
    const int rank = kindRank(place.kind);
    const bool county = place.kind == QLatin1String("county");
    const bool countyCity = county && place.nameZh.endsWith(QStringLiteral("市"));
    const bool district = county && place.nameZh.endsWith(QStringLiteral("区"));
    // County and district names are often common words (上街, 博爱, 商城): they need a context.
    const bool shortAnywhere = !county || countyCity;

    auto both = [&](Index &scan, const QString &key, int strength) {
        insert(scan, key, Hit{index, strength + rank});
        insert(m_lookup, key, Hit{index, strength + rank});
    };
    both(m_zh, place.nameZh, kFull);
    const QString shortZh = field("short_zh");
    if (!shortZh.isEmpty()) {
        insert(m_lookup, shortZh, Hit{index, kShort + rank});
        if (shortAnywhere)
            insert(m_zh, shortZh, Hit{index, kShort + rank});
        else
            for (const QString &context : district ? kDistrictContexts : kCountyContexts)
                insert(m_zh, shortZh + context, Hit{index, kContext + rank});
    }
    for (const QString &alias : field("aliases").split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString a = alias.trimmed();
        if (!a.isEmpty() && isAsciiLetter(a.front()))
            both(m_en, englishKey(a), kFull);
        else
            both(m_zh, a, kFull);
    }

    const QString nameEn = field("name_en"), pinyin = field("pinyin");
    both(m_en, englishKey(nameEn), kFull);
    QStringList pinyins = {pinyin};
    if (pinyin.contains(QLatin1Char('\''))) // Xin'an is also written Xinan
        pinyins << QString(pinyin).remove(QLatin1Char('\''));
    for (const QString &p : pinyins) {
        if (p.isEmpty())
            continue;
        const QString key = englishKey(p);
        insert(m_lookup, key, Hit{index, kShort + rank});
        if (!shortAnywhere) {
            both(m_en, key + (district ? QStringLiteral(" district") : QStringLiteral(" county")), kFull);
            continue;
        }
        insert(m_en, key, Hit{index, kShort + rank});
        if (place.kind == QLatin1String("prefecture") || countyCity)
            both(m_en, key + QStringLiteral(" city"), kFull);
        if (place.kind == QLatin1String("prefecture"))
            both(m_en, key + QStringLiteral(" prefecture"), kFull);
        if (place.kind == QLatin1String("river"))
            both(m_en, key + QStringLiteral(" river"), kFull); // "Huaihe River"
        if (place.kind == QLatin1String("province"))
            both(m_en, key + QStringLiteral(" province"), kFull);
    }
}

qsizetype Gazetteer::matchChinese(const QString &text, qsizetype pos, Hit &hit) const
{
    if (!m_zhFirst.contains(text[pos])) // most characters start no name: skip the substring lookups
        return 0;
    const qsizetype longest = std::min(m_maxZhLength, text.size() - pos);
    for (qsizetype len = longest; len >= 2; --len) {
        const auto it = m_zh.constFind(text.mid(pos, len));
        if (it != m_zh.cend()) {
            hit = *it;
            return len;
        }
    }
    return 0;
}

qsizetype Gazetteer::matchEnglish(const QString &text, qsizetype pos, Hit &hit) const
{
    // Collects up to m_maxEnWords words separated by spaces or hyphens, then tries the longest first.
    QList<qsizetype> ends;
    QStringList words;
    qsizetype i = pos;
    const qsizetype n = text.size();
    while (words.size() < m_maxEnWords && i < n && isWordChar(text[i])) {
        const qsizetype start = i;
        while (i < n &&
               (isWordChar(text[i]) || (isApostrophe(text[i]) && i + 1 < n && isAsciiLetter(text[i + 1]))))
            ++i;
        words << englishKey(text.mid(start, i - start));
        ends << i;
        if (words.size() == 1 && !m_enFirst.contains(words.front()) &&
            !(words.front().endsWith(QStringLiteral("'s")) && m_enFirst.contains(words.front().chopped(2))))
            return pos; // most words start no name
        qsizetype j = i;
        while (j < n &&
               (text[j] == QLatin1Char(' ') || text[j] == QLatin1Char('-') || text[j] == QLatin1Char('\t')))
            ++j;
        if (j == i || j >= n || !isWordChar(text[j]))
            break;
        i = j;
    }
    for (qsizetype count = words.size(); count >= 1; --count) {
        QString key = words.mid(0, count).join(QLatin1Char(' '));
        auto it = m_en.constFind(key);
        if (it == m_en.cend() && key.endsWith(QStringLiteral("'s"))) // Henan's
            it = m_en.constFind(key.chopped(2));
        if (it != m_en.cend()) {
            hit = *it;
            return ends[count - 1];
        }
    }
    return pos;
}

QList<PlaceRef> Gazetteer::findPlaces(const QString &text) const
{
    QList<PlaceRef> found;
    QSet<int> seen;
    auto add = [&](const Hit &hit) {
        if (hit.place >= 0 && !seen.contains(hit.place)) {
            seen.insert(hit.place);
            found.append(PlaceRef{m_places[hit.place].nameZh, m_places[hit.place].code});
        }
    };
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        Hit hit;
        if (isAsciiLetter(c)) {
            const bool wordStart = i == 0 || !(isWordChar(text[i - 1]) || isApostrophe(text[i - 1]));
            const qsizetype end = wordStart ? matchEnglish(text, i, hit) : i;
            if (end > i) {
                add(hit);
                i = end;
            } else {
                while (i < n && (isWordChar(text[i]) || isApostrophe(text[i])))
                    ++i; // never match inside a word
            }
        } else if (isCjk(c)) {
            const qsizetype len = matchChinese(text, i, hit);
            if (len > 0)
                add(hit);
            i += std::max<qsizetype>(len, 1);
        } else {
            ++i;
        }
    }
    return found;
}

std::optional<PlaceRef> Gazetteer::lookup(const QString &name) const
{
    const QString trimmed = name.trimmed();
    auto it = m_lookup.constFind(trimmed);
    if (it == m_lookup.cend())
        it = m_lookup.constFind(englishKey(trimmed));
    if (it == m_lookup.cend() || it->place < 0)
        return std::nullopt;
    return PlaceRef{m_places[it->place].nameZh, m_places[it->place].code};
}

std::optional<PlaceRef> Gazetteer::byCode(const QString &code) const
{
    const int index = m_byCode.value(code, m_byOldCode.value(code, -1));
    if (index < 0)
        return std::nullopt;
    return PlaceRef{m_places[index].nameZh, m_places[index].code};
}

} // namespace ecoplan
