// SPDX-License-Identifier: GPL-3.0-or-later
#include "planarguments.h"

#include "plan/plantitles.h"

#include <QCoreApplication>

namespace ecoplan::cli {

QString planTr(const char *text)
{
    return QCoreApplication::translate("ecoplan::ParsePlanCommand", text);
}

Result<PlanDocument> readPlan(const PlanArguments &a, QTextStream &err, const char *command)
{
    Result<PlanDocument> doc = PlanDocumentReader::read(a.file, a.gazetteer);
    if (doc && !doc->placesWarning.isEmpty())
        err << "ecoplan " << command << ": " << doc->placesWarning << Qt::endl;
    if (doc && !a.titles.isEmpty()) {
        if (const Status s = PlanTitles::apply(doc->plan, a.titles); !s)
            return Result<PlanDocument>::failure(s.error());
    }
    return doc;
}

bool parseArguments(const QStringList &arguments, const char *command, const QString &usage,
                    PlanArguments &out, QTextStream &err)
{
    QStringList files;
    const QStringList args = arguments.mid(2);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--json"))
            out.json = true;
        else if (a == QLatin1String("--gazetteer") && i + 1 < args.size())
            out.gazetteer = args[++i];
        else if (a == QLatin1String("--titles") && i + 1 < args.size())
            out.titles = args[++i];
        else if (a == QLatin1String("--project") && i + 1 < args.size())
            out.project = args[++i];
        else if (a.startsWith(QLatin1String("--"))) {
            err << "ecoplan " << command << ": " << planTr("unknown option %1").arg(a) << Qt::endl;
            return false;
        } else {
            files.append(a);
        }
    }
    if (files.size() != 1) {
        err << "ecoplan " << command << ": " << usage << Qt::endl;
        return false;
    }
    out.file = files.constFirst();
    return true;
}

} // namespace ecoplan::cli
