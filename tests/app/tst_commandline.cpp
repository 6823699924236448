// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's shape (app/cli): `ecoplan --help` and `ecoplan COMMAND --help` work without a display
// and list every command of the table, an unknown command is refused with the list, a project file is not
// taken for a command, the bash completion file is the table's, and `ecoplan import` matches a Chinese
// register's columns to the layer's fields without --map.
#include "testsupport.h"

#include "cli/command.h"
#include "cli/commandline.h"
#include "cli/helptext.h"
#include "store/projectstore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace ecoplan;

class TstCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void helpWithoutDisplay();
    void commandHelp_data();
    void commandHelp();
    void unknownCommand();
    void projectIsNotACommand();
    void version();
    void completionFileIsTheTable();
    void completionWorksInBash();
    void importsChineseRegisterWithoutMap();

private:
    QTemporaryDir m_dir;
};

namespace {

/// Runs ecoplan as from a console with no display at all: no X11, no Wayland, no platform chosen.
test::ProcessRun runWithoutDisplay(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(test::ecoplanBinary(), args);
    if (!p.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

void TstCommandLine::helpWithoutDisplay()
{
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const test::ProcessRun r = runWithoutDisplay({flag});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Usage: ecoplan")), qPrintable(r.out));
        for (const cli::Command &c : cli::commands()) {
            // One line per command: its name, then its summary.
            QVERIFY2(r.out.contains(QRegularExpression(
                         QStringLiteral("\n  %1 +%2\n")
                             .arg(QRegularExpression::escape(c.name),
                                  QRegularExpression::escape(QString::fromUtf8(c.summary))))),
                     qPrintable(c.name + QLatin1Char('\n') + r.out));
        }
        for (const char *option : {"--lang", "--screenshot", "--version", "project"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }
}

void TstCommandLine::commandHelp_data()
{
    QTest::addColumn<QString>("name");
    for (const cli::Command &c : cli::commands())
        QTest::newRow(qPrintable(c.name)) << c.name;
}

void TstCommandLine::commandHelp()
{
    QFETCH(QString, name);
    const cli::Command *command = cli::findCommand(name);
    QVERIFY(command);
    QVERIFY(command->summary && command->run);
    const test::ProcessRun r = runWithoutDisplay({name, QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: ecoplan %1").arg(name)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QString::fromUtf8(command->summary)), qPrintable(r.out));
    for (const QCommandLineOption &o : command->options)
        QVERIFY2(r.out.contains(QLatin1String("--") + o.names().constFirst()),
                 qPrintable(o.names().constFirst()));
    // Help wins wherever it stands, even after other options.
    const test::ProcessRun late = runWithoutDisplay(
        {name, QStringLiteral("--project"), QStringLiteral("x.gpkg"), QStringLiteral("--help")});
    QCOMPARE(late.exitCode, 0);
    QCOMPARE(late.out, r.out);
}

void TstCommandLine::unknownCommand()
{
    const test::ProcessRun r = runWithoutDisplay(
        {QStringLiteral("frobnicate"), QStringLiteral("--project"), QStringLiteral("x.gpkg")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QLatin1String("unknown command")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("frobnicate")), qPrintable(r.err));
    for (const cli::Command &c : cli::commands())
        QVERIFY2(r.err.contains(QStringLiteral("\n  ") + c.name + QLatin1Char(' ')), qPrintable(c.name));
    QVERIFY(r.out.isEmpty());
}

void TstCommandLine::projectIsNotACommand()
{
    using Kind = cli::Invocation::Kind;
    const QString existing = m_dir.filePath(QStringLiteral("frobnicate"));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const auto kind = [](const QStringList &args) {
        return cli::classify(QStringList{QStringLiteral("ecoplan")} + args).kind;
    };
    QCOMPARE(kind({}), Kind::Workbench);
    QCOMPARE(kind({QStringLiteral("P.gpkg")}),
             Kind::Workbench); // a project, even one that does not exist yet
    QCOMPARE(kind({QStringLiteral("data/outfalls")}), Kind::Workbench);
    QCOMPARE(kind({existing}), Kind::Workbench);
    QCOMPARE(kind({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("P.gpkg")}),
             Kind::Workbench);
    QCOMPARE(kind({QStringLiteral("--screenshot"), QStringLiteral("shot"), QStringLiteral("P.gpkg")}),
             Kind::Workbench); // the option's value is not a command
    QCOMPARE(kind({QStringLiteral("--"), QStringLiteral("frobnicate")}), Kind::Workbench);
    QCOMPARE(kind({QStringLiteral("frobnicate")}), Kind::UnknownCommand);
    QCOMPARE(kind({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("frobnicate")}),
             Kind::UnknownCommand);
    QCOMPARE(kind({QStringLiteral("render"), QStringLiteral("--out"), QStringLiteral("m.png")}),
             Kind::RunCommand);
    QCOMPARE(kind({QStringLiteral("import"), QStringLiteral("-h")}), Kind::CommandHelp);
    QCOMPARE(kind({QStringLiteral("P.gpkg"), QStringLiteral("--help")}), Kind::Help);
    QCOMPARE(kind({QStringLiteral("--version")}), Kind::Version);
}

void TstCommandLine::version()
{
    const test::ProcessRun r = runWithoutDisplay({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^EcoPlan Workbench \\d+\\.\\d+\\.\\d+\n$"))),
             qPrintable(r.out));
}

void TstCommandLine::completionFileIsTheTable()
{
    const QString file = readAll(QStringLiteral(ECOPLAN_COMPLETION_FILE));
    QVERIFY2(!file.isEmpty(), ECOPLAN_COMPLETION_FILE);
    // Regenerate with: build/app/ecoplan completion bash > installer/bash-completion/ecoplan
    QCOMPARE(file, cli::bashCompletionScript());
    const test::ProcessRun r = runWithoutDisplay({QStringLiteral("completion"), QStringLiteral("bash")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, file);
    for (const cli::Command &c : cli::commands()) {
        QVERIFY2(file.contains(QStringLiteral("        %1) opts=").arg(c.name)), qPrintable(c.name));
        for (const QCommandLineOption &o : c.options)
            QVERIFY2(file.contains(QLatin1String("--") + o.names().constFirst()), qPrintable(c.name));
    }
}

void TstCommandLine::completionWorksInBash()
{
    // What bash offers after `ecoplan WORDS<TAB>`.
    const auto complete = [](const QStringList &words) {
        QStringList args{
            QStringLiteral("-c"),
            QStringLiteral("source \"$0\"; COMP_WORDS=(ecoplan \"$@\"); COMP_CWORD=$#; _ecoplan; "
                           "printf '%s\\n' \"${COMPREPLY[@]}\""),
            QStringLiteral(ECOPLAN_COMPLETION_FILE)};
        QProcess bash;
        bash.start(QStringLiteral("bash"), args + words);
        bash.waitForFinished(10000);
        return QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    QCOMPARE(complete({QStringLiteral("ren")}), QStringList{QStringLiteral("render")});
    QCOMPARE(complete({QStringLiteral("import"), QStringLiteral("--la")}),
             QStringList{QStringLiteral("--layer")});
    QCOMPARE(complete({QStringLiteral("--la")}), QStringList{QStringLiteral("--lang")});
    QCOMPARE(complete({QStringLiteral("render"), QStringLiteral("--lang"), QString()}),
             (QStringList{QStringLiteral("zh"), QStringLiteral("en")}));
    const QStringList all = complete({QString()});
    for (const cli::Command &c : cli::commands())
        QVERIFY2(all.contains(c.name), qPrintable(c.name));
}

void TstCommandLine::importsChineseRegisterWithoutMap()
{
    const QString project = test::copyDemoWithoutSamples(m_dir, QStringLiteral("register.gpkg"));
    const QString csv = m_dir.filePath(QStringLiteral("排污口登记表.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("序号,排污口名称,入河排污口编码,经度,纬度,所在县,排污口类型,受纳水体名称,备注\n"
            "1,示例排口甲,HN-0001,113.65,34.76,金水区,工业排污口,贾鲁河,示例数据\n"
            "2,示例排口乙,HN-0002,112.45,34.62,洛龙区,城镇污水处理厂排污口,洛河,示例数据\n");
    f.close();
    const test::ProcessRun r =
        test::runEcoplan({QStringLiteral("import"), csv, QStringLiteral("--project"), project,
                          QStringLiteral("--layer"), QStringLiteral("outfalls")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    for (const char *line : {"matched: 经度 → x", "matched: 纬度 → y", "matched: 排污口名称 → name",
                             "matched: 入河排污口编码 → code", "matched: 排污口类型 → outfall_type",
                             "matched: 受纳水体名称 → receiving_river", "matched: 备注 → notes",
                             "Imported 2 of 2 rows into “outfalls”; rejected 0."})
        QVERIFY2(r.out.contains(QString::fromUtf8(line)),
                 qPrintable(QString::fromUtf8(line) + QLatin1Char('\n') + r.out));
    QVERIFY2(!r.out.contains(QLatin1String("序号")) && !r.out.contains(QLatin1String("所在县")),
             qPrintable(r.out));

    auto store = ProjectStore::open(project);
    QVERIFY2(store, qPrintable(store.error()));
    const Result<ReadLayer> layer = (*store)->readLayer(QStringLiteral("outfalls"));
    QVERIFY2(layer, qPrintable(layer.error()));
    const FeatureTable &t = layer->table;
    QCOMPARE(int(t.size()), 2);
    const auto value = [&t](std::size_t row, const char *field) {
        for (int i = 0; i < t.fields.size(); ++i) {
            if (t.fields[i].name == QLatin1String(field))
                return t.attributes[row][i];
        }
        return QVariant();
    };
    QCOMPARE(value(0, "name").toString(), QStringLiteral("示例排口甲"));
    QCOMPARE(value(0, "code").toString(), QStringLiteral("HN-0001"));
    QCOMPARE(value(0, "outfall_type").toString(), QStringLiteral("industrial"));
    QCOMPARE(value(1, "outfall_type").toString(), QStringLiteral("municipal"));
    QCOMPARE(value(1, "receiving_river").toString(), QStringLiteral("洛河"));
    QCOMPARE(value(1, "notes").toString(), QStringLiteral("示例数据"));

    // --map still wins: the code column goes to the notes, and 备注 then finds no free field.
    const test::ProcessRun mapped = test::runEcoplan(
        {QStringLiteral("import"), csv, QStringLiteral("--project"), project, QStringLiteral("--layer"),
         QStringLiteral("outfalls"), QStringLiteral("--map"), QStringLiteral("入河排污口编码=notes")});
    QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
    QVERIFY2(!mapped.out.contains(QStringLiteral("→ code")) && !mapped.out.contains(QStringLiteral("备注 →")),
             qPrintable(mapped.out));
    const Result<ReadLayer> again = (*store)->readLayer(QStringLiteral("outfalls"));
    QCOMPARE(int(again->table.size()), 4);
    const FeatureTable &t2 = again->table;
    for (int i = 0; i < t2.fields.size(); ++i) {
        if (t2.fields[i].name == QLatin1String("notes"))
            QCOMPARE(t2.attributes[2][i].toString(), QStringLiteral("HN-0001"));
        if (t2.fields[i].name == QLatin1String("code"))
            QVERIFY(t2.attributes[2][i].toString().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
