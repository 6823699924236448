// SPDX-License-Identifier: GPL-3.0-or-later
// Protects level-of-detail simplification: the deviation stays within the tolerance, rings stay closed
// rings, and parts smaller than the tolerance drop out instead of turning into degenerate shapes.
#include "geo/simplify.h"

#include <QTest>

#include <cmath>

using namespace ecoplan;

class TstSimplify : public QObject
{
    Q_OBJECT
private slots:
    void deviationWithinTolerance();
    void ringsStayRings();
    void tinyRingsBecomeTriangles();
};

static Geometry circle(QPointF c, double r, int n)
{
    Geometry g;
    for (int i = 0; i <= n; ++i) {
        const double a = 2 * M_PI * (i % n) / n;
        g.points.emplace_back(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
    }
    g.partEnds.push_back(static_cast<std::uint32_t>(g.points.size()));
    return g;
}

void TstSimplify::deviationWithinTolerance()
{
    Geometry wiggly;
    for (int i = 0; i <= 1000; ++i)
        wiggly.points.emplace_back(i, std::sin(i * 0.05) * 50 + ((i % 2) ? 0.4 : -0.4));
    wiggly.partEnds.push_back(1001);
    const double tol = 2.0;
    const Geometry s = simplified(wiggly, tol, false);
    QVERIFY(s.points.size() < wiggly.points.size() / 5);
    QCOMPARE(s.points.front(), wiggly.points.front());
    QCOMPARE(s.points.back(), wiggly.points.back());
    // Every original vertex lies within the tolerance of the simplified line.
    for (const QPointF &p : wiggly.points) {
        double best = INFINITY;
        for (std::size_t i = 1; i < s.points.size(); ++i) {
            const QPointF a = s.points[i - 1], b = s.points[i];
            const QPointF ab = b - a;
            const double t =
                std::clamp(QPointF::dotProduct(p - a, ab) / QPointF::dotProduct(ab, ab), 0.0, 1.0);
            const QPointF d = p - (a + t * ab);
            best = std::min(best, std::hypot(d.x(), d.y()));
        }
        QVERIFY2(best <= tol + 1e-9, qPrintable(QString::number(best)));
    }
}

void TstSimplify::ringsStayRings()
{
    const Geometry s = simplified(circle({0, 0}, 1000, 720), 5, true);
    QCOMPARE(s.partCount(), std::size_t(1));
    QVERIFY(s.points.size() >= 4);
    QVERIFY(s.points.size() < 720);
    QCOMPARE(s.points.front(), s.points.back());
}

void TstSimplify::tinyRingsBecomeTriangles()
{
    Geometry g = circle({0, 0}, 1000, 64);
    const Geometry small = circle({5000, 0}, 1, 16);
    const auto offset = static_cast<std::uint32_t>(g.points.size());
    g.points.insert(g.points.end(), small.points.begin(), small.points.end());
    g.partEnds.push_back(offset + small.partEnds[0]);
    const Geometry s = simplified(g, 10, true);
    // The 1 m ring is far below the 10 m tolerance, yet it stays visible as a closed triangle in place.
    QCOMPARE(s.partCount(), std::size_t(2));
    const std::uint32_t begin = s.partBegin(1);
    QCOMPARE(s.partEnds[1] - begin, 4u);
    QCOMPARE(s.points[begin], s.points[s.partEnds[1] - 1]);
    for (std::uint32_t i = begin; i < s.partEnds[1]; ++i)
        QVERIFY(std::hypot(s.points[i].x() - 5000, s.points[i].y()) <= 1.0 + 1e-9);
}

QTEST_GUILESS_MAIN(TstSimplify)
#include "tst_simplify.moc"
