// SPDX-License-Identifier: GPL-3.0-or-later
#include "identifypanel.h"

#include <QHeaderView>

namespace ecoplan {

IdentifyPanel::IdentifyPanel(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("identifyResults"));
    setColumnCount(2);
    setHeaderLabels({tr("Field"), tr("Value")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setAlternatingRowColors(true);
}

void IdentifyPanel::showFeatures(const QList<IdentifiedFeature> &features)
{
    clear();
    if (features.isEmpty()) {
        new QTreeWidgetItem(this, {tr("No feature here")});
        return;
    }
    QTreeWidgetItem *layerItem = nullptr;
    QString lastLayer;
    for (const IdentifiedFeature &f : features) {
        if (!layerItem || f.ref.layerId != lastLayer) {
            layerItem = new QTreeWidgetItem(this, {f.layerTitle});
            QFont bold = layerItem->font(0);
            bold.setBold(true);
            layerItem->setFont(0, bold);
            lastLayer = f.ref.layerId;
        }
        // Name the feature by its name attribute where it has one.
        QString label;
        for (const IdentifiedAttribute &a : f.attributes) {
            if (a.name == QLatin1String("name")) {
                label = a.text;
                break;
            }
        }
        auto *featureItem =
            new QTreeWidgetItem(layerItem, {label.isEmpty() ? tr("Feature %1").arg(f.ref.index) : label});
        // Fields by their titles in the UI's language and values as the attribute table shows them; the
        // column name (for SQL filters) and a value list's code in the tooltips.
        for (const IdentifiedAttribute &a : f.attributes) {
            auto *item = new QTreeWidgetItem(featureItem, {a.title, a.value.isNull() ? tr("(null)") : a.text});
            item->setToolTip(0, a.name);
            if (a.text != a.value.toString())
                item->setToolTip(1, a.value.toString());
        }
    }
    expandAll();
}

} // namespace ecoplan
