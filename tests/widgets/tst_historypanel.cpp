// SPDX-License-Identifier: GPL-3.0-or-later
// The History panel shows the audit log of the one selected feature: who changed which value when, newest
// first, with value-list labels; it follows the selection and grows with edits and undos.
#include "commands/editfeature.h"
#include "edit/featureedits.h"
#include "panels/historypanel.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QTest>
#include <QUndoStack>

using namespace ecoplan;

class TstHistoryPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void showsTheSelectedFeaturesChanges();
    void asksForOneFeature();
    void changesListOnlyWhatDiffers();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_fid = -1;
};

void TstHistoryPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // the Chinese UI's titles and labels
}

void TstHistoryPanel::init()
{
    m_project.reset();
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("history.gpkg"));
    auto p = ProjectLoader::openProject(path, Crs::defaultDisplay(), true);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    m_project = std::move(p).value();
    m_project->setUserName(QStringLiteral("李规划"));
    const StoredFeature f{QStringLiteral("outfalls"),
                          -1,
                          {{QStringLiteral("name"), QStringLiteral("清潩河排口")},
                           {QStringLiteral("status"), QStringLiteral("not_started")}},
                          QStringLiteral("POINT (113.85 34.03)")};
    const Result<qint64> fid = EditFeature::push(*m_project, {std::nullopt, f}, QStringLiteral("Add"));
    QVERIFY2(fid.ok(), qPrintable(fid.error()));
    m_fid = *fid;
}

void TstHistoryPanel::showsTheSelectedFeaturesChanges()
{
    HistoryPanel panel;
    panel.setProject(m_project.get());
    const int index = FeatureEdits::indexOf(*m_project->layer(QStringLiteral("outfalls")), m_fid);
    QVERIFY(index >= 0);
    m_project->setSelection({{QStringLiteral("outfalls"), {std::uint32_t(index)}}});
    QVERIFY(panel.heading().contains(QStringLiteral("清潩河排口")));
    // The insert: one row per value given.
    QList<QStringList> rows = panel.rows();
    QCOMPARE(rows.size(), 3); // geometry, name, status
    QCOMPARE(rows[0][1], QStringLiteral("李规划"));

    // A change by someone else, then the panel refreshes by itself: newest first.
    m_project->setUserName(QStringLiteral("王科长"));
    StoredFeature before = *m_project->store()->readFeature(QStringLiteral("outfalls"), m_fid);
    StoredFeature after = before;
    after.attributes[QStringLiteral("status")] = QStringLiteral("completed");
    QVERIFY(EditFeature::push(*m_project, {before, after}, QStringLiteral("Edit")).ok());
    rows = panel.rows();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0][1], QStringLiteral("王科长"));
    QCOMPARE(rows[0][3], QStringLiteral("工作状态")); // the field's title
    // Value lists show their labels, as the form does.
    QVERIFY2(rows[0][4].contains(QStringLiteral("未开始")), qPrintable(rows[0][4]));
    QVERIFY2(rows[0][5].contains(QStringLiteral("已完成")), qPrintable(rows[0][5]));

    // Undo is a change too, and is logged.
    m_project->undoStack()->undo();
    rows = panel.rows();
    QCOMPARE(rows.size(), 5);
    QVERIFY(rows[0][5].contains(QStringLiteral("未开始")));
}

void TstHistoryPanel::asksForOneFeature()
{
    HistoryPanel panel;
    panel.setProject(m_project.get());
    QVERIFY(panel.rows().isEmpty());
    m_project->setSelection({{QStringLiteral("counties"), {0, 1}}});
    QVERIFY(panel.rows().isEmpty());
    // A reference county has never been edited: a heading and no rows.
    m_project->setSelection({{QStringLiteral("counties"), {1}}});
    QVERIFY(!panel.heading().isEmpty());
    QVERIFY(panel.rows().isEmpty());
}

void TstHistoryPanel::changesListOnlyWhatDiffers()
{
    AuditEntry e;
    e.before = {{QStringLiteral("a"), 3.0},
                {QStringLiteral("b"), QStringLiteral("x")},
                {QStringLiteral("geometry"), QStringLiteral("POINT (1 2)")},
                {QStringLiteral("n"), QVariant()}};
    e.after = {{QStringLiteral("a"), 3},
               {QStringLiteral("b"), QStringLiteral("y")},
               {QStringLiteral("geometry"), QStringLiteral("POINT (1 3)")},
               {QStringLiteral("n"), QString()}};
    const QList<FieldChange> c = e.changes();
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].field, QStringLiteral("b"));
    QCOMPARE(c[1].field, QStringLiteral("geometry")); // always last
}

QTEST_MAIN(TstHistoryPanel)
#include "tst_historypanel.moc"
