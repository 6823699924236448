// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plancategory.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ecoplan {
namespace {

struct Category
{
    const char *name;
    QStringList words;
};

const QList<Category> &categories()
{
    static const QList<Category> list = {
        {"air",
         {QStringLiteral("大气"), QStringLiteral("空气"), QStringLiteral("PM2.5"), QStringLiteral("颗粒物"),
          QStringLiteral("VOCs"), QStringLiteral("挥发性有机物"), QStringLiteral("扬尘"),
          QStringLiteral("臭氧"), QStringLiteral("油烟"), QStringLiteral("烟花爆竹"),
          QStringLiteral("air quality"), QStringLiteral("particulate"), QStringLiteral("ozone"),
          QStringLiteral("dust"), QStringLiteral("volatile organic")}},
        {"water",
         {QStringLiteral("水体"), QStringLiteral("污水"), QStringLiteral("排污口"), QStringLiteral("河湖"),
          QStringLiteral("河流"), QStringLiteral("水质"), QStringLiteral("水源"), QStringLiteral("黑臭"),
          QStringLiteral("水环境"), QStringLiteral("water"), QStringLiteral("sewage"),
          QStringLiteral("river"), QStringLiteral("outlet"), QStringLiteral("lake")}},
        {"soil",
         {QStringLiteral("土壤"), QStringLiteral("耕地"), QStringLiteral("建设用地"),
          QStringLiteral("固体废物"), QStringLiteral("soil"), QStringLiteral("solid waste")}},
        {"ecology",
         {QStringLiteral("生态修复"), QStringLiteral("矿山"), QStringLiteral("湿地"),
          QStringLiteral("生态保护"), QStringLiteral("石漠化"), QStringLiteral("造林"),
          QStringLiteral("mines"), QStringLiteral("wetland"), QStringLiteral("restoration"),
          QStringLiteral("afforestation")}},
        {"transport",
         {QStringLiteral("交通"), QStringLiteral("运输"), QStringLiteral("车辆"), QStringLiteral("汽车"),
          QStringLiteral("铁路"), QStringLiteral("公路"), QStringLiteral("货车"), QStringLiteral("公转铁"),
          QStringLiteral("transport"), QStringLiteral("vehicle"), QStringLiteral("railway"),
          QStringLiteral("freight"), QStringLiteral("highway")}},
        {"energy",
         {QStringLiteral("能源"), QStringLiteral("煤"), QStringLiteral("电力"), QStringLiteral("光伏"),
          QStringLiteral("风电"), QStringLiteral("储能"), QStringLiteral("energy"), QStringLiteral("coal"),
          QStringLiteral("power"), QStringLiteral("photovoltaic"), QStringLiteral("wind")}},
        {"industry",
         {QStringLiteral("工业"), QStringLiteral("产业"), QStringLiteral("钢铁"), QStringLiteral("水泥"),
          QStringLiteral("焦化"), QStringLiteral("超低排放"), QStringLiteral("炉窑"), QStringLiteral("产能"),
          QStringLiteral("industrial"), QStringLiteral("industry"), QStringLiteral("steel"),
          QStringLiteral("cement"), QStringLiteral("coking")}},
        {"agriculture",
         {QStringLiteral("农业"), QStringLiteral("农村"), QStringLiteral("化肥"), QStringLiteral("农药"),
          QStringLiteral("畜禽"), QStringLiteral("灌溉"), QStringLiteral("agricultur"),
          QStringLiteral("rural"), QStringLiteral("fertilizer"), QStringLiteral("livestock"),
          QStringLiteral("irrigation")}},
        {"supervision",
         {QStringLiteral("监测"), QStringLiteral("监管"), QStringLiteral("执法"), QStringLiteral("督察"),
          QStringLiteral("应急"), QStringLiteral("整改"), QStringLiteral("排查整治"),
          QStringLiteral("monitoring"), QStringLiteral("supervision"), QStringLiteral("law enforcement"),
          QStringLiteral("emergenc"), QStringLiteral("rectif")}},
    };
    return list;
}

} // namespace

QString planCategory(const QString &title, const QString &text)
{
    QString best;
    qsizetype bestScore = 0;
    for (const Category &c : categories()) {
        qsizetype score = 0;
        for (const QString &w : c.words)
            score += 3 * title.count(w, Qt::CaseInsensitive) + text.count(w, Qt::CaseInsensitive);
        if (score > bestScore) {
            bestScore = score;
            best = QString::fromLatin1(c.name);
        }
    }
    return best;
}

QStringList planCategoryCodes()
{
    QStringList codes;
    for (const Category &c : categories())
        codes.append(QString::fromLatin1(c.name));
    return codes;
}

QString planCategoryLabel(const QString &code)
{
    static const char *const titles[][2] = {
        {"air", QT_TRANSLATE_NOOP("ecoplan::PlanCategory", "Air")},
        {"water", QT_TRANSLATE_NOOP("ecoplan::PlanCategory", "Water")},
        {"soil", QT_TRANSLATE_NOOP("ecoplan::PlanCategory", "Soil")},
        {"ecology", QT_TRANSLATE_NOOP("ecoplan::PlanCategory", "Ecology")},
        {"transport", QT_TRANSLATE_NOOP("ecoplan::PlanCategory", "Transport")},
        {"energy", QT_TRANSLATE_NOOP("ecoplan::PlanCategory", "Energy")},
        {"industry", QT_TRANSLATE_NOOP("ecoplan::PlanCategory", "Industry")},
        {"agriculture", QT_TRANSLATE_NOOP("ecoplan::PlanCategory", "Agriculture")},
        {"supervision", QT_TRANSLATE_NOOP("ecoplan::PlanCategory", "Supervision")},
    };
    for (const auto &t : titles) {
        if (code == QLatin1String(t[0]))
            return QCoreApplication::translate("ecoplan::PlanCategory", t[1]);
    }
    return code;
}

} // namespace ecoplan
