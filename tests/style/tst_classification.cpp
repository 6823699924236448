// SPDX-License-Identifier: GPL-3.0-or-later
// Graduated classes (equal interval, quantiles, natural breaks) and categories from a value list.
#include "style/classification.h"

#include <QTest>

#include <limits>
#include <random>

using namespace ecoplan;
using namespace ecoplan::classification;

namespace {

/// The sum of squared deviations from the class means for classes with upper bounds `bounds`.
double sdcm(std::vector<double> values, const QList<double> &bounds)
{
    std::sort(values.begin(), values.end());
    double total = 0;
    std::size_t i = 0;
    for (double upper : bounds) {
        double sum = 0, squares = 0;
        int n = 0;
        for (; i < values.size() && values[i] <= upper; ++i, ++n) {
            sum += values[i];
            squares += values[i] * values[i];
        }
        if (n > 0)
            total += squares - sum * sum / n;
    }
    return total;
}

/// The least SDCM over every division of the sorted values into `k` non-empty runs (brute force).
double bestSdcm(std::vector<double> values, int k)
{
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    double best = std::numeric_limits<double>::infinity();
    // Each subset of the n-1 gaps with k-1 members is a division.
    for (unsigned mask = 0; mask < (1u << (n - 1)); ++mask) {
        if (__builtin_popcount(mask) != k - 1)
            continue;
        QList<double> bounds;
        for (int g = 0; g < n - 1; ++g) {
            if (mask & (1u << g))
                bounds.append(values[g]);
        }
        bounds.append(values.back());
        best = std::min(best, sdcm(values, bounds));
    }
    return best;
}

} // namespace

class TstClassification : public QObject
{
    Q_OBJECT
private slots:
    void equalInterval();
    void quantiles();
    void jenksOnHandCheckedSets();
    void jenksIsOptimal();
    void jenksOnManyValues();
    void degenerateInput();
    void rangesCoverTheValues();
    void rampInterpolates();
    void statusCategoriesFromValueList();
};

void TstClassification::equalInterval()
{
    QCOMPARE(equalIntervalBreaks({0, 3, 10}, 5), (QList<double>{2, 4, 6, 8, 10}));
    QCOMPARE(equalIntervalBreaks({-5, 5}, 2), (QList<double>{0, 5}));
}

void TstClassification::quantiles()
{
    // 1..10 in quartiles, interpolating between order statistics (R type 7): 3.25, 5.5, 7.75.
    QCOMPARE(quantileBreaks({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 4), (QList<double>{3.25, 5.5, 7.75, 10}));
    // Mostly equal values: bounds that coincide give fewer classes rather than empty ones.
    QCOMPARE(quantileBreaks({1, 1, 1, 1, 1, 1, 1, 9}, 4), (QList<double>{1, 9}));
}

void TstClassification::jenksOnHandCheckedSets()
{
    // Three obvious groups.
    QCOMPARE(jenksBreaks({1, 2, 3, 10, 11, 12, 20, 21, 22}, 3), (QList<double>{3, 12, 22}));
    // {1,2,4,5,7,9,10 | 20}: SDCM 69.71, against 96.8 for {1,2,4,5,7 | 9,10,20} (worked by hand).
    QCOMPARE(jenksBreaks({20, 1, 9, 2, 4, 10, 5, 7}, 2), (QList<double>{10, 20}));
    // Order and NaNs do not matter.
    QCOMPARE(jenksBreaks({22, std::nan(""), 1, 12, 2, 21, 3, 20, 10, 11}, 3), (QList<double>{3, 12, 22}));
}

void TstClassification::jenksIsOptimal()
{
    std::mt19937 rng(12);
    std::lognormal_distribution<double> skewed(3, 1);
    for (int round = 0; round < 20; ++round) {
        std::vector<double> values(12);
        for (double &v : values)
            v = std::round(skewed(rng));
        for (int k : {2, 3, 4}) {
            const QList<double> bounds = jenksBreaks(values, k);
            QVERIFY(bounds.size() <= k);
            QCOMPARE(bounds.last(), *std::max_element(values.begin(), values.end()));
            if (bounds.size() == k)
                QVERIFY2(std::abs(sdcm(values, bounds) - bestSdcm(values, k)) < 1e-6,
                         qPrintable(QStringLiteral("round %1, k %2").arg(round).arg(k)));
        }
    }
}

void TstClassification::jenksOnManyValues()
{
    // Above the sample size the sorted values are sampled: two well separated groups still split cleanly.
    std::vector<double> values;
    for (int i = 0; i < 5000; ++i)
        values.push_back(i % 2 ? 100 + i % 7 : i % 5);
    QCOMPARE(jenksBreaks(values, 2), (QList<double>{4, 106}));
}

void TstClassification::degenerateInput()
{
    QVERIFY(jenksBreaks({}, 3).isEmpty());
    QVERIFY(equalIntervalBreaks({1, 2}, 0).isEmpty());
    QCOMPARE(jenksBreaks({5, 5, 5}, 3), (QList<double>{5}));
    QCOMPARE(equalIntervalBreaks({5, 5}, 4), (QList<double>{5}));
    QCOMPARE(jenksBreaks({1, 2}, 5), (QList<double>{1, 2}));
}

void TstClassification::rangesCoverTheValues()
{
    Symbol base;
    base.fill = QColor(0, 0, 0, 128);
    const std::vector<double> values = {0.5, 1.5, 2.5, 3.5, 4.5, 10};
    const QList<SymbolRange> ranges = classification::ranges(values, Method::EqualInterval, 2,
                                                             {Qt::white, Qt::red}, base, GeometryKind::Polygon);
    QCOMPARE(ranges.size(), 2);
    QCOMPARE(ranges[0].lower, 0.5);
    QCOMPARE(ranges[0].upper, 5.25);
    QCOMPARE(ranges[1].lower, 5.25);
    QCOMPARE(ranges[1].upper, 10.0);
    QCOMPARE(ranges[0].symbol.fill.rgb(), QColor(Qt::white).rgb());
    QCOMPARE(ranges[1].symbol.fill.rgb(), QColor(Qt::red).rgb());
    QCOMPARE(ranges[1].symbol.fill.alpha(), 128); // the base's transparency is kept
    QCOMPARE(ranges[0].label, QStringLiteral("0.5 – 5.25"));
    // The style picks the class: the lowest value belongs to the first class, a bound to the lower class.
    LayerStyle style;
    style.renderer = LayerStyle::Renderer::Graduated;
    style.categoryField = QStringLiteral("x");
    style.ranges = ranges;
    QCOMPARE(&style.symbolFor({0.5}, 0), &style.ranges[0].symbol);
    QCOMPARE(&style.symbolFor({5.25}, 0), &style.ranges[0].symbol);
    QCOMPARE(&style.symbolFor({5.3}, 0), &style.ranges[1].symbol);
    QCOMPARE(&style.symbolFor({11.0}, 0), &style.symbol);
    QCOMPARE(&style.symbolFor({QVariant()}, 0), &style.symbol);
}

void TstClassification::rampInterpolates()
{
    const QList<QColor> three = rampColours({QColor(0, 0, 0), QColor(100, 100, 100), QColor(200, 0, 0)}, 5);
    QCOMPARE(three.size(), 5);
    QCOMPARE(three[0], QColor(0, 0, 0));
    QCOMPARE(three[1], QColor(50, 50, 50));
    QCOMPARE(three[2], QColor(100, 100, 100));
    QCOMPARE(three[3], QColor(150, 50, 50));
    QCOMPARE(three[4], QColor(200, 0, 0));
}

void TstClassification::statusCategoriesFromValueList()
{
    FeatureTable t;
    t.kind = GeometryKind::Point;
    auto list = std::make_shared<ValueList>();
    list->name = QStringLiteral("work_status");
    list->values = {{QStringLiteral("not_started"), QStringLiteral("未开始 / not started")},
                    {QStringLiteral("in_progress"), QStringLiteral("推进中 / in progress")},
                    {QStringLiteral("completed"), QStringLiteral("已完成 / completed")},
                    {QStringLiteral("verified"), QStringLiteral("已验收 / verified")}};
    Field status;
    status.name = QStringLiteral("status");
    status.valueList = list;
    Field name;
    name.name = QStringLiteral("name");
    t.fields = {name, status};
    t.attributes = {{QStringLiteral("b"), QStringLiteral("completed")}, {QStringLiteral("a"), QStringLiteral("x")}};
    Symbol base;
    base.marker = Symbol::Marker::Square;
    const QList<SymbolCategory> cats = categories(t, 1, base);
    // Every code of the list in its order with its label, whether or not a feature has it yet.
    QCOMPARE(cats.size(), 4);
    QCOMPARE(cats[0].value.toString(), QStringLiteral("not_started"));
    QCOMPARE(cats[0].label, QStringLiteral("未开始 / not started"));
    QCOMPARE(cats[2].symbol.fill, statusColour(QStringLiteral("completed")));
    QCOMPARE(cats[2].symbol.marker, Symbol::Marker::Square);
    // Four different colours.
    QSet<QRgb> colours;
    for (const SymbolCategory &c : cats)
        colours.insert(c.symbol.fill.rgb());
    QCOMPARE(colours.size(), 4);
    // A field without a list: its distinct values, sorted.
    const QList<SymbolCategory> names = categories(t, 0, base);
    QCOMPARE(names.size(), 2);
    QCOMPARE(names[0].value.toString(), QStringLiteral("a"));
}

QTEST_GUILESS_MAIN(TstClassification)
#include "tst_classification.moc"
