// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnMatcher: a register's headers find the layer's fields by name, Chinese or English title, alias or a
// longer header holding one, in that order; what could go two ways is reported, not guessed.
#include "import/columnmatcher.h"

#include <QTest>

using namespace ecoplan;

class TstColumnMatcher : public QObject
{
    Q_OBJECT
private slots:
    void namesAndTitlesInBothLanguages();
    void chineseRegister();
    void strongerRuleWins();
    void explicitMapWins();
    void ambiguousIsReportedNotGuessed();
    void coordinateColumns();
    void normalized();
};

namespace {

/// The outfalls' fields with their titles as the project schema gives them (gpkg_data_columns).
QList<Field> outfallFields()
{
    const char *const fields[][2] = {
        {"name", "名称 / Name"},
        {"code", "编码 / Code"},
        {"county_code", "县级区划代码 / County code"},
        {"status", "工作状态 / Status"},
        {"notes", "备注 / Notes"},
        {"outfall_type", "排污口类型 / Outfall type"},
        {"receiving_river", "受纳水体 / Receiving water"},
        {"discharge_m3_per_day", "排放量（m³/日） / Discharge (m³/day)"},
        {"is_sample", "示例数据 / Sample row"},
    };
    QList<Field> out;
    for (const auto &[name, title] : fields) {
        Field f;
        f.name = QString::fromLatin1(name);
        f.title = QString::fromUtf8(title);
        out << f;
    }
    return out;
}

/// "column → field (rule)" for each match, to compare in one line.
QStringList describe(const ColumnMatching &m)
{
    static const char *const rules[] = {"map", "name", "title", "alias", "contains"};
    QStringList out;
    for (const ColumnMatch &c : m.matches)
        out << QStringLiteral("%1 → %2 (%3)").arg(c.column, c.field, QLatin1String(rules[int(c.rule)]));
    return out;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

void TstColumnMatcher::namesAndTitlesInBothLanguages()
{
    const ColumnMatching m = ColumnMatcher::match(
        strings({"Name", "Outfall type", "受纳水体", "STATUS", "County code", "Sample row"}),
        outfallFields());
    QCOMPARE(describe(m), strings({"Name → name (name)", "Outfall type → outfall_type (title)",
                                   "受纳水体 → receiving_river (title)", "STATUS → status (name)",
                                   "County code → county_code (title)", "Sample row → is_sample (title)"}));
    QVERIFY(m.ambiguities.isEmpty());
}

void TstColumnMatcher::chineseRegister()
{
    const QStringList columns = strings({"序号", "排污口名称", "入河排污口编码", "经度", "纬度", "所在县",
                                         "状态", "受纳水体名称", "排放量(m³/日)", "备注"});
    const ColumnMatching m = ColumnMatcher::match(columns, outfallFields(), {}, strings({"经度", "纬度"}));
    // 受纳水体名称 holds both 受纳水体 and 名称: the longer one decides, so 排污口名称 is the name.
    QCOMPARE(describe(m), strings({"排污口名称 → name (contains)", "入河排污口编码 → code (contains)",
                                   "状态 → status (alias)", "受纳水体名称 → receiving_river (contains)",
                                   "排放量(m³/日) → discharge_m3_per_day (title)", "备注 → notes (title)"}));
    QVERIFY2(m.ambiguities.isEmpty(), qPrintable(m.ambiguities.join(QLatin1Char('\n'))));
    QCOMPARE(m.fieldFor(QStringLiteral("经度")), QString());
    QCOMPARE(m.fieldFor(QStringLiteral("序号")), QString());
}

void TstColumnMatcher::strongerRuleWins()
{
    // The field's own name beats its title, the title beats an alias, an alias beats a longer header.
    QCOMPARE(describe(ColumnMatcher::match(strings({"名称", "name"}), outfallFields())),
             strings({"name → name (name)"}));
    QCOMPARE(describe(ColumnMatcher::match(strings({"代码", "编码"}), outfallFields())),
             strings({"编码 → code (title)"}));
    QCOMPARE(describe(ColumnMatcher::match(strings({"排污口编号", "代码"}), outfallFields())),
             strings({"代码 → code (alias)"}));
    // A county code column is the county code, not the feature's code.
    QCOMPARE(describe(ColumnMatcher::match(strings({"排污口编码", "县级区划代码"}), outfallFields())),
             strings({"排污口编码 → code (contains)", "县级区划代码 → county_code (title)"}));
    // Latin words count only whole: "codex" is not a code, "outfall code" is.
    QCOMPARE(describe(ColumnMatcher::match(strings({"codex", "outfall code"}), outfallFields())),
             strings({"outfall code → code (contains)"}));
}

void TstColumnMatcher::explicitMapWins()
{
    const ColumnMatching m = ColumnMatcher::match(
        strings({"名称", "名字", "编码"}), outfallFields(),
        {{QStringLiteral("名称"), QString()}, {QStringLiteral("编码"), QStringLiteral("notes")}});
    QCOMPARE(describe(m), strings({"名字 → name (alias)", "编码 → notes (map)"}));
}

void TstColumnMatcher::ambiguousIsReportedNotGuessed()
{
    // Two columns equally good for one field.
    ColumnMatching m = ColumnMatcher::match(strings({"企业名称", "排污口名称", "备注"}), outfallFields());
    QCOMPARE(describe(m), strings({"备注 → notes (title)"}));
    QCOMPARE(m.ambiguities.size(), 1);
    QVERIFY2(m.ambiguities[0].contains(QLatin1String("name")) &&
                 m.ambiguities[0].contains(QStringLiteral("企业名称")) &&
                 m.ambiguities[0].contains(QStringLiteral("排污口名称")),
             qPrintable(m.ambiguities[0]));

    // One column good for two fields (类型 is an alias of every *_type field).
    QList<Field> fields = outfallFields();
    Field water;
    water.name = QStringLiteral("water_type");
    fields << water;
    m = ColumnMatcher::match(strings({"类型", "名称"}), fields);
    QCOMPARE(describe(m), strings({"名称 → name (title)"}));
    QCOMPARE(m.ambiguities.size(), 1);
    QVERIFY2(m.ambiguities[0].contains(QLatin1String("outfall_type")) &&
                 m.ambiguities[0].contains(QLatin1String("water_type")),
             qPrintable(m.ambiguities[0]));
}

void TstColumnMatcher::coordinateColumns()
{
    using XY = std::optional<std::pair<QString, QString>>;
    const auto xy = [](const char *x, const char *y) {
        return XY(std::pair{QString::fromUtf8(x), QString::fromUtf8(y)});
    };
    QCOMPARE(ColumnMatcher::coordinateColumns(strings({"排污口名称", "经度", "纬度"})), xy("经度", "纬度"));
    QCOMPARE(ColumnMatcher::coordinateColumns(strings({"name", "LAT", "Lng"})), xy("Lng", "LAT"));
    QCOMPARE(ColumnMatcher::coordinateColumns(strings({"X", "Y", "名称"})), xy("X", "Y"));
    QCOMPARE(ColumnMatcher::coordinateColumns(strings({"排污口经度（°）", "排污口纬度（°）"})),
             xy("排污口经度（°）", "排污口纬度（°）"));
    QCOMPARE(ColumnMatcher::coordinateColumns(strings({"longitude", "latitude"})),
             xy("longitude", "latitude"));
    QCOMPARE(ColumnMatcher::coordinateColumns(strings({"lon"})), XY());
    QCOMPARE(ColumnMatcher::coordinateColumns(strings({"longname", "lat"})), XY());
    // Two longitudes: not guessed.
    QCOMPARE(ColumnMatcher::coordinateColumns(strings({"经度", "lon", "纬度"})), XY());
}

void TstColumnMatcher::normalized()
{
    QCOMPARE(ColumnMatcher::normalized(QStringLiteral("面积（亩）")), QStringLiteral("面积"));
    QCOMPARE(ColumnMatcher::normalized(QStringLiteral(" 面积 (亩) ")), QStringLiteral("面积"));
    QCOMPARE(ColumnMatcher::normalized(QStringLiteral("Outfall  Name*")), QStringLiteral("outfall name"));
    QCOMPARE(ColumnMatcher::normalized(QStringLiteral("排污口 名称")), QStringLiteral("排污口名称"));
    QCOMPARE(ColumnMatcher::normalized(QStringLiteral("(备注)")), QStringLiteral("(备注)"));
}

QTEST_GUILESS_MAIN(TstColumnMatcher)
#include "tst_columnmatcher.moc"
