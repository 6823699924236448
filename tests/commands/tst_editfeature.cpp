// SPDX-License-Identifier: GPL-3.0-or-later
// Protects the edit engine's core: each edit kind (add, change, delete) applies, undoes and redoes to the
// identical stored row, every write leaves an audit-log row, memory follows the file, and a read-only
// project refuses the edit with a message and keeps nothing on the undo stack.
#include "commands/editfeature.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QDate>
#include <QFile>
#include <QTest>
#include <QUndoStack>
#include <cmath>

using namespace ecoplan;

class TstEditFeature : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void addUndoRedo();
    void changeUndoRedo();
    void deleteUndoRedo();
    void readOnlyProjectRefuses();
    void viewFollowsFileAfterMixedEdits();
    void selectionShiftsAfterDelete();
    void renderersKeepTheirCopy();
    void deletingTheLastSelectedFeatureClearsIt();

private:
    StoredFeature outfall(qint64 fid = -1) const;
    qint64 add(const StoredFeature &f);
    /// Outfalls added by the test: the demo's sample outfalls are there from the start.
    int outfallCount() const
    {
        return int(m_project->layer(QStringLiteral("outfalls"))->data->size()) - m_sampleOutfalls;
    }
    int m_sampleOutfalls = 0;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
};

void TstEditFeature::init()
{
    m_project.reset();
    m_path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("edits.gpkg"));
    auto p = ProjectLoader::openProject(m_path, Crs::defaultDisplay(), true);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    m_project = std::move(p).value();
    m_project->setUserName(QStringLiteral("许昌市生态环境局 tester"));
    QVERIFY(!m_project->isReadOnly());
    m_sampleOutfalls = int(m_project->layer(QStringLiteral("outfalls"))->data->size());
}

StoredFeature TstEditFeature::outfall(qint64 fid) const
{
    return {QStringLiteral("outfalls"),
            fid,
            {{QStringLiteral("name"), QStringLiteral("清潩河许昌段排污口")},
             {QStringLiteral("code"), QStringLiteral("XC-OF-001")},
             {QStringLiteral("county_code"), QStringLiteral("411002")},
             {QStringLiteral("status"), QStringLiteral("in_progress")},
             {QStringLiteral("outfall_type"), QStringLiteral("municipal")},
             {QStringLiteral("receiving_river"), QStringLiteral("清潩河")},
             {QStringLiteral("discharge_m3_per_day"), 1250.5},
             {QStringLiteral("due_date"), QDate(2024, 12, 31)}},
            QStringLiteral("POINT (113.8521 34.0357)")};
}

qint64 TstEditFeature::add(const StoredFeature &f)
{
    auto *cmd = new EditFeature(m_project.get(), {std::nullopt, f}, QStringLiteral("Add outfall"));
    m_project->undoStack()->push(cmd);
    return cmd->fid();
}

/// The stored row, with the fields the edit did not set (null) dropped, for comparison with what was written.
static StoredFeature stored(Project &p, const QString &layer, qint64 fid, const StoredFeature &shape)
{
    auto r = p.store()->readFeature(layer, fid);
    if (!r)
        return {};
    StoredFeature f = *r;
    for (auto it = f.attributes.begin(); it != f.attributes.end();) {
        if (!shape.attributes.contains(it.key()))
            it = f.attributes.erase(it);
        else
            ++it;
    }
    return f;
}

void TstEditFeature::addUndoRedo()
{
    const qint64 audit0 = m_project->store()->auditCount();
    const qint64 fid = add(outfall());
    QVERIFY(fid > 0);
    QCOMPARE(stored(*m_project, QStringLiteral("outfalls"), fid, outfall()), outfall(fid));
    QCOMPARE(outfallCount(), 1);
    QCOMPARE(m_project->store()->auditCount(), audit0 + 1);

    m_project->undoStack()->undo();
    QVERIFY(!m_project->store()->readFeature(QStringLiteral("outfalls"), fid).ok());
    QCOMPARE(outfallCount(), 0);
    m_project->undoStack()->redo();
    QCOMPARE(stored(*m_project, QStringLiteral("outfalls"), fid, outfall()), outfall(fid)); // same fid again
    QCOMPARE(outfallCount(), 1);
    QCOMPARE(m_project->store()->auditCount(), audit0 + 3);

    // It is in the file, not only in this process: a fresh read-only open sees it.
    auto other = ProjectStore::open(m_path, ProjectStore::Access::ReadOnly);
    QVERIFY(other.ok());
    QVERIFY((*other)->readFeature(QStringLiteral("outfalls"), fid).ok());
}

void TstEditFeature::changeUndoRedo()
{
    const qint64 fid = add(outfall());
    const StoredFeature before = stored(*m_project, QStringLiteral("outfalls"), fid, outfall());
    StoredFeature after = before;
    after.attributes[QStringLiteral("status")] = QStringLiteral("completed");
    after.attributes[QStringLiteral("discharge_m3_per_day")] = QVariant(); // cleared
    after.wkt = QStringLiteral("POINT (113.86 34.04)");
    m_project->undoStack()->push(
        new EditFeature(m_project.get(), {before, after}, QStringLiteral("Edit outfall")));
    QCOMPARE(stored(*m_project, QStringLiteral("outfalls"), fid, outfall()), after);
    m_project->undoStack()->undo();
    QCOMPARE(stored(*m_project, QStringLiteral("outfalls"), fid, outfall()), before);
    m_project->undoStack()->redo();
    QCOMPARE(stored(*m_project, QStringLiteral("outfalls"), fid, outfall()), after);
}

void TstEditFeature::deleteUndoRedo()
{
    const qint64 fid = add(outfall());
    const StoredFeature full = *m_project->store()->readFeature(QStringLiteral("outfalls"), fid);
    m_project->undoStack()->push(
        new EditFeature(m_project.get(), {full, std::nullopt}, QStringLiteral("Delete outfall")));
    QVERIFY(!m_project->store()->readFeature(QStringLiteral("outfalls"), fid).ok());
    QCOMPARE(outfallCount(), 0);
    m_project->undoStack()->undo();
    QCOMPARE(*m_project->store()->readFeature(QStringLiteral("outfalls"), fid),
             full); // every field, same fid
    QCOMPARE(outfallCount(), 1);
    m_project->undoStack()->redo();
    QVERIFY(!m_project->store()->readFeature(QStringLiteral("outfalls"), fid).ok());
}

void TstEditFeature::readOnlyProjectRefuses()
{
    // A second workbench has the project read-only while this one holds it.
    const qint64 audits = m_project->store()->auditCount();
    auto second = ProjectLoader::openProject(m_path, Crs::defaultDisplay(), true);
    QVERIFY(second.ok() && (*second)->isReadOnly());
    auto *cmd = new EditFeature(second->get(), {std::nullopt, outfall()}, QStringLiteral("Add outfall"));
    QPointer<QUndoStack> stack = (*second)->undoStack();
    stack->push(cmd); // the failed command is obsolete: push discards it
    QCOMPARE(stack->count(), 0);
    QCOMPARE(int((*second)->layer(QStringLiteral("outfalls"))->data->size()), m_sampleOutfalls);
    QCOMPARE(m_project->store()->auditCount(), audits);
}

/// The layer as patched edit by edit must equal the layer built afresh from the file.
static void compareWithRebuilt(Project &p, const QString &id)
{
    const LayerData &patched = *p.layer(id)->data;
    auto read = p.store()->readLayer(id);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const auto rebuilt = LayerData::build(std::make_shared<const FeatureTable>(read->table), p.displayCrs());
    QCOMPARE(patched.size(), rebuilt->size());
    QCOMPARE(patched.table().fids, rebuilt->table().fids);
    QCOMPARE(patched.table().attributes, rebuilt->table().attributes);
    QCOMPARE(patched.vertexCount(), rebuilt->vertexCount());
    QCOMPARE(patched.extent(), rebuilt->extent());
    for (std::size_t i = 0; i < patched.size(); ++i) {
        QCOMPARE(patched.geometry(i).points, rebuilt->geometry(i).points);
        QCOMPARE(patched.bounds(i), rebuilt->bounds(i));
        const QPointF a = patched.labelAnchor(i), b = rebuilt->labelAnchor(i);
        QVERIFY(a == b || (std::isnan(a.x()) && std::isnan(b.x())));
    }
    // The R-tree answers as one built from scratch, for boxes all over the layer.
    const QRectF e = rebuilt->extent();
    for (int k = 0; k < 16; ++k) {
        const QRectF probe(e.left() + e.width() * (k % 4) / 4, e.top() + e.height() * (k / 4) / 4,
                           e.width() / 3, e.height() / 3);
        QCOMPARE(patched.query(probe), rebuilt->query(probe));
    }
}

void TstEditFeature::viewFollowsFileAfterMixedEdits()
{
    // Counties are polygons with detail levels and label anchors; outfalls start empty.
    const QString counties = QStringLiteral("counties");
    const LayerData &before = *m_project->layer(counties)->data;
    const qint64 first = before.table().fids.front(), middle = before.table().fids[before.size() / 2];
    StoredFeature county = *m_project->store()->readFeature(counties, first);
    StoredFeature moved = county;
    moved.wkt = QStringLiteral("MULTIPOLYGON (((113.0 34.0, 113.2 34.0, 113.2 34.2, 113.0 34.0)))");
    QUndoStack *stack = m_project->undoStack();
    stack->push(new EditFeature(m_project.get(), {county, moved}, QStringLiteral("Reshape")));
    const StoredFeature gone = *m_project->store()->readFeature(counties, middle);
    stack->push(new EditFeature(m_project.get(), {gone, std::nullopt}, QStringLiteral("Delete")));
    compareWithRebuilt(*m_project, counties);
    for (int i = 0; i < 5; ++i)
        add(outfall());
    compareWithRebuilt(*m_project, QStringLiteral("outfalls"));
    stack->undo();      // an outfall
    stack->setIndex(1); // back to the reshape only: every outfall and the delete undone
    compareWithRebuilt(*m_project, counties);
    compareWithRebuilt(*m_project, QStringLiteral("outfalls"));
    QCOMPARE(outfallCount(), 0);
    stack->setIndex(0);
    compareWithRebuilt(*m_project, counties);
}

void TstEditFeature::selectionShiftsAfterDelete()
{
    const QString counties = QStringLiteral("counties");
    const LayerData &data = *m_project->layer(counties)->data;
    const qint64 fid2 = data.table().fids[2], fid5 = data.table().fids[5];
    m_project->setSelection({{counties, {1, 2, 5}}});
    const StoredFeature gone = *m_project->store()->readFeature(counties, fid2);
    m_project->undoStack()->push(
        new EditFeature(m_project.get(), {gone, std::nullopt}, QStringLiteral("Delete")));
    // Feature 1 keeps its place, the deleted one leaves the selection, feature 5 is now at 4.
    QCOMPARE(m_project->selection().value(counties), (QSet<std::uint32_t>{1, 4}));
    QCOMPARE(m_project->layer(counties)->data->table().fids[4], fid5);
    // Undo puts the county back in its place: feature 5 moves back up.
    m_project->undoStack()->undo();
    QCOMPARE(m_project->selection().value(counties), (QSet<std::uint32_t>{1, 5}));
    QCOMPARE(m_project->layer(counties)->data->table().fids[2], fid2);
}

void TstEditFeature::renderersKeepTheirCopy()
{
    // A renderer on another thread holds the layer's data: the edit must not change what it draws.
    const std::shared_ptr<const LayerData> held = m_project->layer(QStringLiteral("counties"))->data;
    const std::vector<qint64> fids = held->table().fids;
    const std::vector<QPointF> firstRing = held->geometry(0).points;
    const StoredFeature county = *m_project->store()->readFeature(QStringLiteral("counties"), fids[0]);
    m_project->undoStack()->push(
        new EditFeature(m_project.get(), {county, std::nullopt}, QStringLiteral("Delete")));
    QCOMPARE(held->table().fids, fids);
    QCOMPARE(held->geometry(0).points, firstRing);
    QCOMPARE(m_project->layer(QStringLiteral("counties"))->data->size(), fids.size() - 1);
}

void TstEditFeature::deletingTheLastSelectedFeatureClearsIt()
{
    const QString counties = QStringLiteral("counties");
    const LayerData &data = *m_project->layer(counties)->data;
    const auto last = static_cast<std::uint32_t>(data.size() - 1);
    m_project->setSelection({{counties, {0, last}}});
    const StoredFeature gone = *m_project->store()->readFeature(counties, data.table().fids.back());
    m_project->undoStack()->push(
        new EditFeature(m_project.get(), {gone, std::nullopt}, QStringLiteral("Delete")));
    QCOMPARE(m_project->selection().value(counties), (QSet<std::uint32_t>{0}));
}

QTEST_GUILESS_MAIN(TstEditFeature)
#include "tst_editfeature.moc"
