// SPDX-License-Identifier: GPL-3.0-or-later
// `ecoplan import FILE --project P --layer NAME [--sheet S] [--header-row N] [--x COL --y COL | --wkt COL |
// --county COL] [--encoding E] [--crs EPSG|gk3|gk3:CM|gcj02|bd09] [--map SRC=DST]… [--margin-km N]
// [--rejected OUT.csv]`: imports the file's rows into a layer of the project (created with the file's columns
// if it does not exist) in one transaction, prints the columns it matched to fields and the row report, and
// exits 1 if nothing was imported. Errors: one line on stderr.
#include "command.h"

#include "import/columnmatcher.h"
#include "import/importer.h"
#include "import/importsource.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ecoplan::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ecoplan::ImportCommand", text);
}

struct ImportArguments
{
    ImportSpec spec;
    QString project;
    QString layer;
    QString rejected;
    bool timings = false;
};

/// Fills `out` from the command line; a failure is the line for stderr.
Status parseArguments(const QStringList &args, ImportArguments &out)
{
    QStringList files;
    ImportSpec &spec = out.spec;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(QLatin1String("--"))) {
            files << a;
            continue;
        }
        if (a == QLatin1String("--timings")) {
            out.timings = true;
            continue;
        }
        if (i + 1 >= args.size())
            return Status::failure(tr("%1 needs a value").arg(a));
        const QString value = args[++i];
        bool ok = true;
        if (a == QLatin1String("--project"))
            out.project = value;
        else if (a == QLatin1String("--layer"))
            out.layer = value;
        else if (a == QLatin1String("--sheet"))
            spec.sheet = value;
        else if (a == QLatin1String("--header-row"))
            spec.headerRow = value.toInt(&ok);
        else if (a == QLatin1String("--encoding"))
            spec.encoding = value;
        else if (a == QLatin1String("--x") || a == QLatin1String("--y")) {
            (a == QLatin1String("--x") ? spec.xColumn : spec.yColumn) = value;
            spec.geometry = GeometrySource::XyColumns;
        } else if (a == QLatin1String("--wkt")) {
            spec.wktColumn = value;
            spec.geometry = GeometrySource::WktColumn;
        } else if (a == QLatin1String("--county")) {
            spec.countyColumn = value;
            spec.geometry = GeometrySource::CountyColumn;
        } else if (a == QLatin1String("--crs")) {
            const Result<SourceCrs> crs = SourceCrs::parse(value);
            if (!crs)
                return Status::failure(crs.error());
            spec.crs = *crs;
            spec.crsGiven = true;
        } else if (a == QLatin1String("--map")) {
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return Status::failure(
                    tr("--map takes SOURCE=FIELD (or SOURCE= to leave a column out), not “%1”").arg(value));
            spec.fieldMap.insert(value.left(eq), value.mid(eq + 1));
        } else if (a == QLatin1String("--margin-km"))
            spec.marginKm = value.toDouble(&ok);
        else if (a == QLatin1String("--rejected"))
            out.rejected = value;
        else
            return Status::failure(tr("unknown option %1").arg(a));
        if (!ok)
            return Status::failure(tr("%1 takes a number, not “%2”").arg(a, value));
    }
    if (files.size() != 1 || out.project.isEmpty() || out.layer.isEmpty())
        return Status::failure(
            tr("usage: ecoplan import FILE --project PROJECT.gpkg --layer NAME [--sheet S] "
               "[--header-row N] [--x COL --y COL | --wkt COL | --county COL] [--encoding E] "
               "[--crs EPSG|gk3|gk3:CM|gcj02|bd09] [--map SRC=FIELD]… [--margin-km N] "
               "[--rejected OUT.csv] [--timings]"));
    if (spec.geometry == GeometrySource::XyColumns && (spec.xColumn.isEmpty() || spec.yColumn.isEmpty()))
        return Status::failure(tr("--x and --y go together"));
    spec.file = files.constFirst();
    return Status::success();
}

/// Without --x/--y, --wkt or --county, a file with no geometry of its own takes its longitude and latitude
/// from the columns ColumnMatcher recognises (经度/纬度, lon/lat, …); the choice is printed.
Status guessCoordinates(ImportSpec &spec, QTextStream &out)
{
    if (spec.geometry != GeometrySource::FileGeometry)
        return Status::success();
    auto source = ImportSource::open(spec);
    if (!source)
        return Status::failure(source.error());
    if ((*source)->hasGeometry())
        return Status::success();
    if (const auto xy = ColumnMatcher::coordinateColumns((*source)->columns())) {
        spec.geometry = GeometrySource::XyColumns;
        spec.xColumn = xy->first;
        spec.yColumn = xy->second;
        out << tr("matched: %1 → %2").arg(xy->first, QStringLiteral("x")) << '\n'
            << tr("matched: %1 → %2").arg(xy->second, QStringLiteral("y")) << '\n';
    }
    return Status::success();
}

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    ImportArguments a;
    if (const Status s = parseArguments(arguments.mid(2), a); !s) {
        err << "ecoplan import: " << s.error() << Qt::endl;
        return 1;
    }
    auto store = ProjectStore::open(a.project, ProjectStore::Access::ReadWrite);
    if (!store) {
        err << "ecoplan import: " << store.error() << Qt::endl;
        return 1;
    }
    if ((*store)->isReadOnly()) {
        err << "ecoplan import: " << tr("the project is read-only: %1").arg((*store)->readOnlyReason())
            << Qt::endl;
        return 1;
    }
    const Result<ImportContext> context = ImportContext::fromStore(**store, a.layer);
    if (!context) {
        err << "ecoplan import: " << context.error() << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    if (const Status s = guessCoordinates(a.spec, out); !s) {
        err << "ecoplan import: " << s.error() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const Result<PreparedImport> prepared = Importer::prepare(a.spec, *context);
    const double prepareMs = timer.nsecsElapsed() / 1e6;
    if (!prepared) {
        err << "ecoplan import: " << prepared.error() << Qt::endl;
        return 1;
    }
    const QString user = qEnvironmentVariable("USER", QStringLiteral("ecoplan import"));
    timer.restart();
    const Result<QList<qint64>> fids = Importer::write(**store, *prepared, user);
    const double writeMs = timer.nsecsElapsed() / 1e6;
    if (!fids) {
        err << "ecoplan import: " << tr("nothing was imported: %1").arg(fids.error()) << Qt::endl;
        return 1;
    }
    if (!prepared->isNewLayer) {
        // What --map did not say: the matches made, and what was too ambiguous to guess.
        for (const ColumnMatch &m : prepared->matching.matches) {
            if (m.rule != MatchRule::Map)
                out << tr("matched: %1 → %2").arg(m.column, m.field) << '\n';
        }
        for (const QString &line : prepared->matching.ambiguities)
            out << tr("not matched: %1 (use --map)").arg(line) << '\n';
    }
    out << Importer::report(*prepared, static_cast<int>(fids->size())) << Qt::endl;
    if (a.timings) {
        const double seconds = (prepareMs + writeMs) / 1000;
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("rows"), prepared->rowsRead},
                               {QStringLiteral("imported"), int(fids->size())},
                               {QStringLiteral("read_convert_ms"), qRound(prepareMs)},
                               {QStringLiteral("write_ms"), qRound(writeMs)},
                               {QStringLiteral("rows_per_s"), qRound(prepared->rowsRead / seconds)}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    }
    if (!a.rejected.isEmpty() && !prepared->rejected.isEmpty()) {
        if (const Status s = Importer::writeRejected(a.rejected, prepared->columns, prepared->rejected); !s) {
            err << "ecoplan import: " << s.error() << Qt::endl;
            return 1;
        }
    }
    if (fids->isEmpty()) {
        err << "ecoplan import: " << tr("no row could be imported") << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

Command importCommand()
{
    const auto option = [](const char *name, const char *description, const char *value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description),
                                          QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description));
    };
    return {
        QStringLiteral("import"),
        QT_TRANSLATE_NOOP("ecoplan::cli", "Import a CSV, XLSX or vector file's rows into a project layer."),
        QStringLiteral("FILE --project P.gpkg --layer NAME [options]"),
        {
            option("project", "Project GeoPackage (it is changed).", "file"),
            option("layer", "Target layer; a new one is made with the file's columns.", "name"),
            option("sheet", "XLSX sheet or layer of a multi-layer file (default: the first).", "sheet"),
            option("header-row", "CSV/XLSX row holding the column names (default 1; 0: none).", "N"),
            option("x", "Longitude/easting column (default: one named 经度, lon, lng, longitude, x …).",
                   "column"),
            option("y", "Latitude/northing column (default: one named 纬度, lat, latitude, y …).", "column"),
            option("wkt", "Column of WKT geometries.", "column"),
            option("county", "Column of county codes or names: rows go to the county's label point.",
                   "column"),
            option("encoding", "CSV text encoding (default: detected, UTF-8 or GB18030).", "encoding"),
            option("crs", "Coordinates' CRS: an EPSG code, gk3, gk3:114, gcj02 or bd09.", "crs"),
            option("map",
                   "Column SOURCE into FIELD (SOURCE= leaves it out); repeatable. Other columns are "
                   "matched by field name, title or alias.",
                   "SOURCE=FIELD"),
            option("margin-km", "Reject rows this far outside Henan (default 20).", "km"),
            option("rejected", "Write the rejected rows with their reasons to this CSV.", "file"),
            option("timings", "Print rows, read_convert_ms, write_ms and rows_per_s as JSON."),
        },
        run};
}

} // namespace ecoplan::cli
