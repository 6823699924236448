// SPDX-License-Identifier: GPL-3.0-or-later
#include "parseplancommand.h"

#include "plan/planjson.h"
#include "plan/planparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTextStream>

#include <optional>

namespace ecoplan {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ecoplan::ParsePlanCommand", text);
}

// UTF-8 first (with or without BOM); Chinese government sites still publish GB18030/GBK text files.
std::optional<QString> decodeText(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb18030("GB18030");
    if (gb18030.isValid()) {
        text = gb18030.decode(bytes);
        if (!gb18030.hasError())
            return text;
    }
    return std::nullopt;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

void printOutline(QTextStream &out, const QList<PlanNode> &nodes, int depth)
{
    for (const PlanNode &n : nodes) {
        out << QString(depth * 2, QLatin1Char(' ')) << kindName(n.kind) << ' ' << n.number << ' ' << n.title;
        if (!n.category.isEmpty())
            out << " [" << n.category << ']';
        out << '\n';
        const QString pad(depth * 2 + 4, QLatin1Char(' '));
        for (const Target &t : n.targets) {
            out << pad << "target: " << t.indicator << ' ' << t.comparator << ' ' << t.value << ' ' << t.unit
                << " by " << dateText(t.deadline) << '\n';
        }
        if (!n.lead.isEmpty())
            out << pad << "lead: " << n.lead.join(QStringLiteral("; ")) << '\n';
        if (!n.cooperating.isEmpty())
            out << pad << "cooperating: " << n.cooperating.join(QStringLiteral("; ")) << '\n';
        if (!n.responsible.isEmpty())
            out << pad << "responsible: " << n.responsible.join(QStringLiteral("; ")) << '\n';
        printOutline(out, n.children, depth + 1);
    }
}

} // namespace

int runParsePlanCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QStringList files;
    bool json = false;
    for (const QString &a : arguments.mid(2)) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a.startsWith(QLatin1String("--"))) {
            err << "ecoplan parse-plan: " << tr("unknown option %1").arg(a) << Qt::endl;
            return 1;
        } else {
            files.append(a);
        }
    }
    if (files.size() != 1) {
        err << "ecoplan parse-plan: " << tr("usage: ecoplan parse-plan FILE [--json]") << Qt::endl;
        return 1;
    }
    const QString path = files.constFirst();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("docx") || suffix == QLatin1String("pdf") || suffix == QLatin1String("doc")) {
        err << "ecoplan parse-plan: "
            << tr("%1: .%2 documents are not supported yet; save the plan as .txt").arg(path, suffix)
            << Qt::endl;
        return 1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "ecoplan parse-plan: " << tr("cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return 1;
    }
    const std::optional<QString> text = decodeText(file.readAll());
    if (!text) {
        err << "ecoplan parse-plan: " << tr("%1 is neither UTF-8 nor GB18030 text").arg(path) << Qt::endl;
        return 1;
    }
    const Result<Plan> plan = PlanParser::parse(*text);
    if (!plan) {
        err << "ecoplan parse-plan: " << path << ": " << plan.error() << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    if (json) {
        out << planToJson(*plan).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << plan->title << '\n';
    if (!plan->docNumber.isEmpty())
        out << plan->docNumber << '\n';
    if (!plan->issuer.isEmpty())
        out << plan->issuer << ' ' << dateText(plan->issuedDate) << '\n';
    for (const Target &t : plan->targets) {
        out << "goal: " << t.indicator << ' ' << t.comparator << ' ' << t.value << ' ' << t.unit << " by "
            << dateText(t.deadline) << '\n';
    }
    printOutline(out, plan->nodes, 0);
    for (const QString &w : plan->warnings)
        out << "warning: " << w << '\n';
    return 0;
}

} // namespace ecoplan
