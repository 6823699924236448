// SPDX-License-Identifier: GPL-3.0-or-later
// Protects editing on the map, driven as a user would with mouse and keys on a copy of the demo project:
// drawing hands over a geometry without writing it, Backspace and Esc work, moving a feature or a vertex
// writes one undoable edit that undo reverts to the identical stored row, a self-intersecting result is
// refused or repaired as the user answers, deleting and pasting are one undo step each, and snapping puts
// a click onto a nearby vertex.
#include "canvas/addfeaturetool.h"
#include "canvas/mapcanvas.h"
#include "canvas/movefeaturetool.h"
#include "canvas/vertextool.h"
#include "commands/editfeature.h"
#include "edit/featureclipboard.h"
#include "edit/featureedits.h"
#include "edit/geometryvalidity.h"
#include "editactions.h"
#include "geo/coordinatetransform.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ecoplan;

namespace {
const Crs storedCrs = Crs::fromEpsg(4490);
const QString mines = QStringLiteral("mines");
const QString outfalls = QStringLiteral("outfalls");
const QString villages = QStringLiteral("villages");
} // namespace

class TstEditTools : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::setUpFonts(); }
    void init();
    void cleanup();
    void drawPolygonWithBackspaceAndDoubleClick();
    void escCancelsAndPointIsOneClick();
    void drawnFeatureIsWrittenWithFormValues();
    void moveFeatureByDrag();
    void vertexDragInsertAndDelete();
    void invalidPolygonRefusedOrRepaired();
    void deleteSelectedAndUndo();
    void copyPasteIsOneUndoStep();
    void snappingMovesClickOntoVertex();

private:
    /// Stored (layer CRS) position of a widget pixel.
    QPointF stored(const QPoint &widget) const
    {
        return CoordinateTransform(m_project->displayCrs(), storedCrs).transform(m_canvas->toMap(widget));
    }
    QString wktPoint(const QPoint &widget) const;
    QString wktSquare(const QPoint &topLeft, const QPoint &bottomRight) const;
    qint64 insert(const QString &layer, const QString &name, const QString &wkt);
    StoredFeature row(const QString &layer, qint64 fid) const
    {
        auto r = m_project->store()->readFeature(layer, fid);
        return r ? *r : StoredFeature{};
    }
    bool exists(const QString &layer, qint64 fid) const
    {
        return m_project->store()->readFeature(layer, fid).ok();
    }
    /// The stored vertices (layer CRS, ring closing vertices left out), exactly as stored.
    QList<QPointF> vertices(const QString &wkt) const;
    QAction *action(const char *name) const;
    void use(EditTool *tool, const QString &layer);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<MapCanvas> m_canvas;
    std::unique_ptr<EditActions> m_actions;
};

void TstEditTools::init()
{
    const QString path = test::copyDemoWithoutSamples(m_dir, QStringLiteral("edit-tools.gpkg"));
    auto p = ProjectLoader::openProject(path, Crs::defaultDisplay(), true);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    m_project = std::move(p).value();
    QVERIFY(!m_project->isReadOnly());
    m_canvas = std::make_unique<MapCanvas>();
    m_canvas->resize(800, 600);
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    m_canvas->setProject(m_project.get());
    // 8 km by 6 km near Xuchang (EPSG:4547 metres): 10 m per pixel.
    m_canvas->setExtent(QRectF(QPointF(486000, 3762000), QSizeF(8000, 6000)));
    QVERIFY(std::abs(m_canvas->mapUnitsPerPixel() - 10.0) < 1e-9);
    m_actions = std::make_unique<EditActions>(m_canvas.get(), m_canvas.get());
    m_actions->setAskRepair({}); // no dialogs: refuse unless a test answers
    m_actions->setAskAttributes({});
    m_actions->snapper().setEnabled(false);
    m_actions->snapper().setTolerancePixels(10);
}

void TstEditTools::cleanup()
{
    m_actions.reset();
    m_canvas.reset();
    m_project.reset();
}

QString TstEditTools::wktPoint(const QPoint &widget) const
{
    const QPointF p = stored(widget);
    return QStringLiteral("POINT (%1 %2)").arg(p.x(), 0, 'f', 12).arg(p.y(), 0, 'f', 12);
}

QString TstEditTools::wktSquare(const QPoint &topLeft, const QPoint &bottomRight) const
{
    QStringList ring;
    for (const QPoint &w : {topLeft, QPoint(bottomRight.x(), topLeft.y()), bottomRight,
                            QPoint(topLeft.x(), bottomRight.y()), topLeft}) {
        const QPointF p = stored(w);
        ring << QStringLiteral("%1 %2").arg(p.x(), 0, 'f', 12).arg(p.y(), 0, 'f', 12);
    }
    return QStringLiteral("MULTIPOLYGON (((%1)))").arg(ring.join(QLatin1Char(',')));
}

qint64 TstEditTools::insert(const QString &layer, const QString &name, const QString &wkt)
{
    const QVariantMap attributes{{QStringLiteral("name"), name},
                                 {QStringLiteral("status"), QStringLiteral("in_progress")}};
    const Result<qint64> fid = EditFeature::push(
        *m_project, {std::nullopt, StoredFeature{layer, -1, attributes, wkt}}, QStringLiteral("test insert"));
    return fid ? *fid : -1;
}

QList<QPointF> TstEditTools::vertices(const QString &wkt) const
{
    // An editor whose display CRS is the layer CRS hands back the stored values untouched.
    const auto v = GeometryEditor({GeometryKind::Polygon, true}, storedCrs, storedCrs).vertices(wkt);
    QList<QPointF> out;
    if (v) {
        for (const Vertex &x : *v)
            out << x.point;
    }
    return out;
}

QAction *TstEditTools::action(const char *name) const
{
    for (QAction *a : m_actions->actions()) {
        if (a->objectName() == QLatin1String(name))
            return a;
    }
    return nullptr;
}

void TstEditTools::use(EditTool *tool, const QString &layer)
{
    m_actions->setActiveLayer(layer);
    m_canvas->setMapTool(tool);
}

void TstEditTools::drawPolygonWithBackspaceAndDoubleClick()
{
    AddFeatureTool *tool = m_actions->addFeatureTool();
    use(tool, mines);
    QSignalSpy drawn(tool, &AddFeatureTool::featureDrawn);
    for (const QPoint &p : {QPoint(100, 100), QPoint(300, 100), QPoint(300, 300), QPoint(200, 350)})
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, p);
    QCOMPARE(tool->sketch().size(), 4);
    QTest::keyClick(m_canvas.get(), Qt::Key_Backspace);
    QCOMPARE(tool->sketch().size(), 3);
    // A double-click: its first click places the last vertex, the double-click finishes.
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(100, 300));
    QTest::mouseDClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(100, 300));
    QCOMPARE(drawn.size(), 1);
    QCOMPARE(drawn[0][0].toString(), mines);
    const QString wkt = drawn[0][1].toString();
    QVERIFY2(wkt.startsWith(QLatin1String("MULTIPOLYGON")), qPrintable(wkt));
    const QList<QPointF> v = vertices(wkt);
    QCOMPARE(v.size(), 4);
    const QPoint expected[] = {{100, 100}, {300, 100}, {300, 300}, {100, 300}};
    for (int i = 0; i < 4; ++i) {
        QVERIFY(std::abs(v[i].x() - stored(expected[i]).x()) < 1e-9);
        QVERIFY(std::abs(v[i].y() - stored(expected[i]).y()) < 1e-9);
    }
    QVERIFY(tool->sketch().isEmpty());
    // Drawing writes nothing: the composer asks for attributes first.
    QCOMPARE(int(m_project->layer(mines)->data->size()), 0);
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void TstEditTools::drawnFeatureIsWrittenWithFormValues()
{
    use(m_actions->addFeatureTool(), mines);
    QVariantMap offered;
    QStringList fieldNames;
    std::optional<QVariantMap> answer; // first: the user cancels the form
    m_actions->setAskAttributes([&](const QList<Field> &fields, const QVariantMap &defaults) {
        for (const Field &f : fields)
            fieldNames << f.name;
        offered = defaults;
        return answer;
    });
    auto draw = [this] {
        for (const QPoint &p : {QPoint(100, 100), QPoint(300, 100), QPoint(300, 300)})
            QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, p);
        QTest::keyClick(m_canvas.get(), Qt::Key_Return);
    };
    draw();
    QVERIFY(fieldNames.contains(QStringLiteral("area_mu")));
    QCOMPARE(offered.value(QStringLiteral("status")).toString(), QStringLiteral("not_started"));
    QCOMPARE(int(m_project->layer(mines)->data->size()), 0); // cancelled: nothing written
    QCOMPARE(m_project->undoStack()->count(), 0);

    answer = QVariantMap{{QStringLiteral("name"), QStringLiteral("禹州市历史遗留矿山 A")},
                         {QStringLiteral("status"), QStringLiteral("in_progress")},
                         {QStringLiteral("area_mu"), 86.5}};
    draw();
    QCOMPARE(int(m_project->layer(mines)->data->size()), 1);
    QCOMPARE(m_project->undoStack()->count(), 1);
    const qint64 fid = m_project->layer(mines)->data->table().fids[0];
    const StoredFeature r = row(mines, fid);
    QCOMPARE(r.attributes.value(QStringLiteral("name")).toString(), QStringLiteral("禹州市历史遗留矿山 A"));
    QCOMPARE(r.attributes.value(QStringLiteral("area_mu")).toDouble(), 86.5);
    QVERIFY(r.wkt.startsWith(QLatin1String("MULTIPOLYGON")));
    m_project->undoStack()->undo();
    QCOMPARE(int(m_project->layer(mines)->data->size()), 0);
}

void TstEditTools::escCancelsAndPointIsOneClick()
{
    AddFeatureTool *tool = m_actions->addFeatureTool();
    use(tool, mines);
    QSignalSpy drawn(tool, &AddFeatureTool::featureDrawn);
    QSignalSpy refused(tool, &EditTool::editRefused);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(200, 100));
    QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
    QVERIFY(tool->sketch().isEmpty());
    QTest::keyClick(m_canvas.get(), Qt::Key_Return); // nothing left to finish
    QCOMPARE(drawn.size(), 0);
    // Two vertices are not a polygon: Enter is refused with the reason and the sketch stays.
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(200, 100));
    QTest::keyClick(m_canvas.get(), Qt::Key_Return);
    QCOMPARE(drawn.size(), 0);
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused[0][0].toString().contains(QLatin1String("at least 3")));
    QCOMPARE(tool->sketch().size(), 2);

    m_actions->setActiveLayer(outfalls);
    QVERIFY(tool->sketch().isEmpty());
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(420, 310));
    QCOMPARE(drawn.size(), 1);
    QCOMPARE(drawn[0][0].toString(), outfalls);
    const QString wkt = drawn[0][1].toString();
    QVERIFY2(wkt.startsWith(QLatin1String("POINT")), qPrintable(wkt));
    const QPointF p = vertices(wkt).value(0);
    QVERIFY(std::abs(p.x() - stored({420, 310}).x()) < 1e-9);
    QVERIFY(std::abs(p.y() - stored({420, 310}).y()) < 1e-9);

    // The feature is written with what the attribute form returns.
    const Result<qint64> fid =
        m_actions->insertFeature(outfalls, wkt,
                                 {{QStringLiteral("name"), QStringLiteral("新排口")},
                                  {QStringLiteral("status"), QStringLiteral("not_started")}});
    QVERIFY2(fid.ok(), qPrintable(fid.error()));
    const StoredFeature r = row(outfalls, *fid);
    QCOMPARE(r.attributes.value(QStringLiteral("status")).toString(), QStringLiteral("not_started"));
    QCOMPARE(r.attributes.value(QStringLiteral("name")).toString(), QStringLiteral("新排口"));
    QCOMPARE(vertices(r.wkt).value(0), p);
}

void TstEditTools::moveFeatureByDrag()
{
    const qint64 fid = insert(outfalls, QStringLiteral("清潩河排污口"), wktPoint({400, 300}));
    QVERIFY(fid > 0);
    const StoredFeature before = row(outfalls, fid);
    const int steps = m_project->undoStack()->count();
    use(m_actions->moveFeatureTool(), outfalls);
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(401, 301));
    QTest::mouseMove(m_canvas.get(), QPoint(430, 310));
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(450, 320));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    const StoredFeature after = row(outfalls, fid);
    QCOMPARE(after.attributes, before.attributes);
    // Grabbed at the point itself, so the point lands under the mouse: 500 m east and 200 m south.
    const CoordinateTransform toDisplay(storedCrs, m_project->displayCrs());
    const QPointF was = toDisplay.transform(vertices(before.wkt).value(0));
    const QPointF now = toDisplay.transform(vertices(after.wkt).value(0));
    QVERIFY(QLineF(now, m_canvas->toMap(QPointF(450, 320))).length() < 1e-3);
    QVERIFY(QLineF(now - was, QPointF(500, -200)).length() < 1e-3);

    QAction *undo = action("action.edit.undo"); // Ctrl+Z
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(row(outfalls, fid), before);
    QVERIFY(action("action.edit.redo")->isEnabled());
}

void TstEditTools::vertexDragInsertAndDelete()
{
    const qint64 fid = insert(mines, QStringLiteral("禹州市历史遗留矿山"), wktSquare({300, 200}, {500, 400}));
    QVERIFY(fid > 0);
    const StoredFeature before = row(mines, fid);
    const QList<QPointF> original = vertices(before.wkt);
    QCOMPARE(original.size(), 4);
    VertexTool *tool = m_actions->vertexTool();
    use(tool, mines);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(400, 300)); // inside: shows its vertices
    QCOMPARE(tool->feature(), fid);
    QCOMPARE(tool->vertices().size(), 4);

    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(502, 199));
    QTest::mouseMove(m_canvas.get(), QPoint(520, 180));
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(550, 150));
    const QList<QPointF> moved = vertices(row(mines, fid).wkt);
    QCOMPARE(moved.size(), 4);
    QVERIFY(std::abs(moved[1].x() - stored({550, 150}).x()) < 1e-9);
    QVERIFY(std::abs(moved[1].y() - stored({550, 150}).y()) < 1e-9);
    for (int i : {0, 2, 3})
        QCOMPARE(moved[i], original[i]); // exactly as stored: never through PROJ
    QCOMPARE(row(mines, fid).attributes, before.attributes);
    m_project->undoStack()->undo();
    QCOMPARE(row(mines, fid), before);

    // Double-click on the top edge adds a vertex there; select it and Delete removes it again.
    QCOMPARE(tool->feature(), fid); // still shown after undo
    QTest::mouseDClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(400, 201));
    const QList<QPointF> inserted = vertices(row(mines, fid).wkt);
    QCOMPARE(inserted.size(), 5);
    QVERIFY(std::abs(inserted[1].x() - stored({400, 201}).x()) < 1e-9);
    QCOMPARE(inserted[2], original[1]);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(400, 201));
    QVERIFY(tool->hasSelectedVertex());
    QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
    QCOMPARE(vertices(row(mines, fid).wkt), original);
    // Down to a triangle, then the minimum holds.
    QSignalSpy refused(tool, &EditTool::editRefused);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(300, 400));
    QTest::keyClick(m_canvas.get(), Qt::Key_Backspace);
    QCOMPARE(vertices(row(mines, fid).wkt).size(), 3);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(300, 200));
    QTest::keyClick(m_canvas.get(), Qt::Key_Backspace);
    QCOMPARE(vertices(row(mines, fid).wkt).size(), 3);
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused[0][0].toString().contains(QLatin1String("at least 3")));
}

void TstEditTools::invalidPolygonRefusedOrRepaired()
{
    const qint64 fid = insert(mines, QStringLiteral("登封市历史遗留矿山"), wktSquare({300, 200}, {500, 400}));
    const StoredFeature before = row(mines, fid);
    VertexTool *tool = m_actions->vertexTool();
    use(tool, mines);
    QString asked;
    bool repair = false;
    m_actions->setAskRepair([&](const QString &problem) {
        asked = problem;
        return repair;
    });
    QSignalSpy refused(tool, &EditTool::editRefused);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(400, 300));
    const int steps = m_project->undoStack()->count();
    // Dragging the top right corner below the bottom edge makes the outline cross itself.
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(500, 200));
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(400, 500));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused[0][0].toString().contains(QLatin1String("Self-intersection")),
             qPrintable(refused[0][0].toString()));
    QCOMPARE(asked, refused[0][0].toString());
    QCOMPARE(row(mines, fid), before);
    QCOMPARE(m_project->undoStack()->count(), steps);

    repair = true;
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(500, 200));
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(400, 500));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    const QString repaired = row(mines, fid).wkt;
    QVERIFY2(repaired.startsWith(QLatin1String("MULTIPOLYGON")), qPrintable(repaired));
    QVERIFY(GeometryValidity::check(repaired).ok());
    m_project->undoStack()->undo();
    QCOMPARE(row(mines, fid), before);
}

void TstEditTools::deleteSelectedAndUndo()
{
    const qint64 keep = insert(outfalls, QStringLiteral("留下的排污口"), wktPoint({200, 200}));
    const qint64 fid = insert(outfalls, QStringLiteral("要删除的排污口"), wktPoint({400, 300}));
    const StoredFeature before = row(outfalls, fid);
    m_actions->setActiveLayer(outfalls);
    QAction *del = action("action.edit.deleteSelected");
    QVERIFY(del && del->isEnabled());
    const int index = FeatureEdits::indexOf(*m_project->layer(outfalls), fid);
    m_project->setSelection({{outfalls, {std::uint32_t(index)}}});
    del->trigger();
    QVERIFY(!exists(outfalls, fid));
    QVERIFY(exists(outfalls, keep));
    m_project->undoStack()->undo();
    QCOMPARE(row(outfalls, fid), before);
    // A reference layer opened from another file is not editable: the actions are off.
    m_actions->setActiveLayer(QStringLiteral("no_such_layer"));
    QVERIFY(!del->isEnabled());
    QVERIFY(!action("action.edit.addFeature")->isEnabled());
}

void TstEditTools::copyPasteIsOneUndoStep()
{
    const qint64 a = insert(outfalls, QStringLiteral("排污口甲"), wktPoint({300, 300}));
    const qint64 b = insert(outfalls, QStringLiteral("排污口乙"), wktPoint({500, 300}));
    const auto &layer = *m_project->layer(outfalls);
    m_project->setSelection(
        {{outfalls,
          {std::uint32_t(FeatureEdits::indexOf(layer, a)), std::uint32_t(FeatureEdits::indexOf(layer, b))}}});
    m_actions->setActiveLayer(outfalls);
    action("action.edit.copy")->trigger();
    const QMimeData *clip = QApplication::clipboard()->mimeData();
    QVERIFY(FeatureClipboard::hasFeatures(clip));
    QCOMPARE(clip->text().split(QLatin1Char('\n')).size(), 2);

    // Into another point layer: new rows, attributes where the names match, one undo step.
    m_actions->setActiveLayer(villages);
    const int steps = m_project->undoStack()->count();
    action("action.edit.paste")->trigger();
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    const VectorLayer &target = *m_project->layer(villages);
    QCOMPARE(int(target.data->size()), 2);
    QList<qint64> pasted(target.data->table().fids.begin(), target.data->table().fids.end());
    QStringList names;
    for (qint64 fid : pasted) {
        const StoredFeature r = row(villages, fid);
        names << r.attributes.value(QStringLiteral("name")).toString();
        QCOMPARE(r.attributes.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        const StoredFeature source =
            row(outfalls, r.attributes.value(QStringLiteral("name")) ==
                                  row(outfalls, a).attributes.value(QStringLiteral("name"))
                              ? a
                              : b);
        QCOMPARE(vertices(r.wkt), vertices(source.wkt));
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("排污口乙"), QStringLiteral("排污口甲")}));
    QCOMPARE(m_project->selectedCount(), 2); // the pasted features

    m_project->undoStack()->undo();
    for (qint64 fid : pasted)
        QVERIFY(!exists(villages, fid));
    QVERIFY(exists(outfalls, a) && exists(outfalls, b));

    // Points do not go into a polygon layer.
    const auto refused = FeatureClipboard::paste(*m_project, *clip, mines);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("geometry type")), qPrintable(refused.error()));
}

void TstEditTools::snappingMovesClickOntoVertex()
{
    const qint64 fid = insert(outfalls, QStringLiteral("吸附目标"), wktPoint({400, 300}));
    const QPointF target = vertices(row(outfalls, fid).wkt).value(0);
    AddFeatureTool *tool = m_actions->addFeatureTool();
    use(tool, villages);
    QSignalSpy drawn(tool, &AddFeatureTool::featureDrawn);

    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(406, 305)); // 7.8 px away, snapping off
    QVERIFY(QLineF(vertices(drawn.last()[1].toString()).value(0), target).length() > 1e-4);

    m_actions->snapper().setEnabled(true);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(406, 305));
    QVERIFY(QLineF(vertices(drawn.last()[1].toString()).value(0), target).length() < 1e-9);

    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(415, 300)); // beyond 10 px
    QVERIFY(QLineF(vertices(drawn.last()[1].toString()).value(0), target).length() > 1e-4);
    m_actions->snapper().setTolerancePixels(20);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(415, 300));
    QVERIFY(QLineF(vertices(drawn.last()[1].toString()).value(0), target).length() < 1e-9);
    QCOMPARE(drawn.size(), 4);
}

QTEST_MAIN(TstEditTools)
#include "tst_edittools.moc"
