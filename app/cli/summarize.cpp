// SPDX-License-Identifier: GPL-3.0-or-later
// `ecoplan summarize --project P --layer A (--by B | --group-by FIELD) [--sum F,…] [--count-by FIELD]
// [--out FILE.xlsx|FILE.csv] [--timings]`: what lies inside each feature of B (or per value of A's FIELD): a
// table whose first columns are code, name and count (see Summary). Without --out the table is printed as
// CSV. Errors: one line on stderr and exit code 1.
#include "command.h"

#include "geoprocess/summary.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "store/tablewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ecoplan::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ecoplan::SummarizeCommand", text);
}

/// One CSV field, quoted when it must be (RFC 4180).
QString csvField(const QVariant &v)
{
    const QString text = v.isNull() ? QString() : v.toString();
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void printCsv(QTextStream &out, const Table &table)
{
    QStringList header;
    for (const TableColumn &c : table.columns)
        header << csvField(c.name);
    out << header.join(QLatin1Char(',')) << '\n';
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << csvField(v);
        out << cells.join(QLatin1Char(',')) << '\n';
    }
}

QString layerIds(const Project &project)
{
    QStringList ids;
    for (const auto &layer : project.layers())
        ids << layer->id;
    return ids.join(QStringLiteral(", "));
}

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    const QString usage =
        tr("usage: ecoplan summarize --project PROJECT.gpkg --layer LAYER (--by AREAS | "
           "--group-by FIELD) [--sum FIELD,…] [--count-by FIELD] [--out FILE.xlsx|FILE.csv] "
           "[--timings]");
    QString projectPath, layerId, byLayer, groupBy, out;
    std::optional<QStringList> sums;
    SummaryOptions options;
    bool timings = false;
    const QStringList args = arguments.mid(2);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--project") && hasValue)
            projectPath = args[++i];
        else if (a == QLatin1String("--layer") && hasValue)
            layerId = args[++i];
        else if (a == QLatin1String("--by") && hasValue)
            byLayer = args[++i];
        else if (a == QLatin1String("--group-by") && hasValue)
            groupBy = args[++i];
        else if (a == QLatin1String("--sum") && hasValue)
            sums = args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (a == QLatin1String("--count-by") && hasValue)
            options.categoryField = args[++i];
        else if (a == QLatin1String("--out") && hasValue)
            out = args[++i];
        else if (a == QLatin1String("--timings"))
            timings = true;
        else {
            err << "ecoplan summarize: " << usage << Qt::endl;
            return 1;
        }
    }
    if (projectPath.isEmpty() || layerId.isEmpty() || byLayer.isEmpty() == groupBy.isEmpty()) {
        err << "ecoplan summarize: " << usage << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto opened = ProjectLoader::openProject(projectPath);
    if (!opened) {
        err << "ecoplan summarize: " << opened.error() << Qt::endl;
        return 1;
    }
    const Project &project = **opened;
    const qint64 loadMs = timer.elapsed();
    const VectorLayer *layer = project.layer(layerId);
    const VectorLayer *areas = byLayer.isEmpty() ? nullptr : project.layer(byLayer);
    for (const auto &[id, found] :
         {std::pair{layerId, layer != nullptr}, std::pair{byLayer, byLayer.isEmpty() || areas != nullptr}}) {
        if (!found) {
            err << "ecoplan summarize: "
                << tr("the project has no layer “%1” (it has %2)").arg(id, layerIds(project)) << Qt::endl;
            return 1;
        }
    }
    options.sumFields = sums.value_or(Summary::defaultSumFields(layer->data->table()));
    timer.start();
    const Result<SummaryTable> summary = areas ? Summary::byLayer(layer->data, areas->data, options)
                                               : Summary::byField(layer->data, groupBy, options);
    const qint64 summaryMs = timer.elapsed();
    if (!summary) {
        err << "ecoplan summarize: " << summary.error() << Qt::endl;
        return 1;
    }
    QTextStream stdOut(stdout);
    if (out.isEmpty()) {
        printCsv(stdOut, summary->table);
    } else if (const Status s = TableWriter::write(summary->table, out); !s) {
        err << "ecoplan summarize: " << s.error() << Qt::endl;
        return 1;
    } else {
        stdOut << tr("Wrote %1 rows to %2.").arg(summary->table.rows.size()).arg(out) << Qt::endl;
    }
    // On stderr, so that the CSV on stdout stays a plain table (a file written with --out has it inside).
    if (!summary->table.note.isEmpty())
        err << "ecoplan summarize: " << summary->table.note << Qt::endl;
    if (timings)
        err << QJsonDocument(QJsonObject{{QStringLiteral("load_ms"), loadMs},
                                         {QStringLiteral("summary_ms"), summaryMs},
                                         {QStringLiteral("features"), qint64(layer->data->size())}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    return 0;
}

} // namespace

Command summarizeCommand()
{
    return {QStringLiteral("summarize"),
            QT_TRANSLATE_NOOP("ecoplan::cli",
                              "Count and add up what lies inside each area, or per value of a field."),
            QStringLiteral("--project P.gpkg --layer A (--by B | --group-by FIELD) [options]"),
            {
                {QStringLiteral("project"), QStringLiteral("Project GeoPackage."), QStringLiteral("file")},
                {QStringLiteral("layer"), QStringLiteral("The layer whose features are counted."),
                 QStringLiteral("layer")},
                {QStringLiteral("by"), QStringLiteral("Polygon layer: one row per feature of it."),
                 QStringLiteral("layer")},
                {QStringLiteral("group-by"),
                 QStringLiteral("Or one row per value of this field of the layer."), QStringLiteral("field")},
                {QStringLiteral("sum"),
                 QStringLiteral("Fields to add up (default: every numeric one; \"\" for none)."),
                 QStringLiteral("F1,F2")},
                {QStringLiteral("count-by"), QStringLiteral("Also count per value of this field."),
                 QStringLiteral("field")},
                {QStringLiteral("out"), QStringLiteral("TABLE.xlsx or TABLE.csv (default: CSV on stdout)."),
                 QStringLiteral("file")},
                {QStringLiteral("timings"), QStringLiteral("Print load_ms and summary_ms on stderr.")},
            },
            run};
}

} // namespace ecoplan::cli
