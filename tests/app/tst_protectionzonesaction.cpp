// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis > Canal Protection Zones: the dialog shows each stretch's stored widths, a change rebuilds the
// zones in the project as one undo step, and undo brings the previous zones back.
#include "testsupport.h"

#include "analysis/protectionzonesdialog.h"
#include "analysisactions.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "store/projectstore.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace ecoplan;

class TstProtectionZonesAction : public QObject
{
    Q_OBJECT
private slots:
    void dialogShowsAndReturnsWidths();
    void regenerateIsOneUndoStep();

private:
    /// Xuchang's secondary zone's left width as stored, or -1.
    static double xuchangSecondaryWidth(const Project &project);
};

double TstProtectionZonesAction::xuchangSecondaryWidth(const Project &project)
{
    const auto fids = project.store()->matchingFids(
        QStringLiteral("canal_zones"), QStringLiteral("segment_code = '411000' AND zone = 'secondary'"));
    if (!fids || fids->size() != 1)
        return -1;
    return project.store()
        ->readFeature(QStringLiteral("canal_zones"), *fids->begin())
        ->attributes.value(QStringLiteral("width_left_m"))
        .toDouble();
}

void TstProtectionZonesAction::dialogShowsAndReturnsWidths()
{
    CanalSegment a{QStringLiteral("411000"),
                   QStringLiteral("许昌市"),
                   QStringLiteral("LINESTRING (113 34, 113 35)"),
                   {}};
    CanalSegment b = a;
    b.code = QStringLiteral("410100");
    b.widths.secondaryLeft = 150;
    ProtectionZonesDialog dialog({a, b});
    QCOMPARE(dialog.table()->rowCount(), 2);
    auto *spin = static_cast<QDoubleSpinBox *>(dialog.table()->cellWidget(1, 3));
    QCOMPARE(spin->value(), 150.0);
    static_cast<QDoubleSpinBox *>(dialog.table()->cellWidget(0, 2))->setValue(75);
    QCOMPARE(dialog.segments().at(0).widths.primaryRight, 75.0);
    QCOMPARE(dialog.segments().at(1).widths.secondaryLeft, 150.0);
}

void TstProtectionZonesAction::regenerateIsOneUndoStep()
{
    QTemporaryDir dir;
    const QString path = test::copyInto(dir, test::demoProject(), QStringLiteral("zones.gpkg"));
    MainWindow window;
    auto project = ProjectLoader::openProject(path, Crs::defaultDisplay(), true);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    window.setProject(std::move(project).value());
    Project *p = window.project();
    QCOMPARE(xuchangSecondaryWidth(*p), 1000.0); // the demo's defaults
    const auto zonesBefore = p->layer(QStringLiteral("canal_zones"))->data->size();

    QList<CanalSegment> offered;
    window.findChild<AnalysisActions *>()->setAskWidths([&](const QList<CanalSegment> &segments) {
        offered = segments;
        QList<CanalSegment> chosen = segments;
        for (CanalSegment &s : chosen) {
            if (s.code == QLatin1String("411000"))
                s.widths.secondaryLeft = s.widths.secondaryRight = 500;
        }
        return std::optional<QList<CanalSegment>>(chosen);
    });
    window.findChild<QAction *>(QStringLiteral("action.analysis.protectionZones"))->trigger();
    QCOMPARE(offered.size(), 8); // the canal's eight prefectures
    QCOMPARE(xuchangSecondaryWidth(*p), 500.0);
    QCOMPARE(p->layer(QStringLiteral("canal_zones"))->data->size(), zonesBefore);
    QCOMPARE(p->undoStack()->count(), 1);

    p->undoStack()->undo();
    QCOMPARE(xuchangSecondaryWidth(*p), 1000.0);
    QCOMPARE(p->layer(QStringLiteral("canal_zones"))->data->size(), zonesBefore);
    p->undoStack()->redo();
    QCOMPARE(xuchangSecondaryWidth(*p), 500.0);

    // The next time, the dialog starts from the widths last used.
    window.findChild<AnalysisActions *>()->setAskWidths([&](const QList<CanalSegment> &segments) {
        offered = segments;
        return std::optional<QList<CanalSegment>>();
    });
    window.findChild<QAction *>(QStringLiteral("action.analysis.protectionZones"))->trigger();
    const auto xuchang = std::find_if(offered.begin(), offered.end(), [](const CanalSegment &s) {
        return s.code == QLatin1String("411000");
    });
    QVERIFY(xuchang != offered.end());
    QCOMPARE(xuchang->widths.secondaryLeft, 500.0);
    QCOMPARE(p->undoStack()->count(), 1); // cancelled: nothing more
}

QTEST_MAIN(TstProtectionZonesAction)
#include "tst_protectionzonesaction.moc"
