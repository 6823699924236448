// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendwidget.h"

#include "core/bilingual.h"
#include "project/project.h"
#include "render/symbolpainter.h"

#include <QHeaderView>

namespace ecoplan {
namespace {
/// Categories that only tell neighbours apart (the prefecture colours) are not worth a legend row each.
constexpr int maxLegendCategories = 12;
} // namespace

LegendWidget::LegendWidget(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("legend"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIconSize(QSize(24, 16));
    setSelectionMode(NoSelection);
    setFocusPolicy(Qt::NoFocus);
}

void LegendWidget::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project)
        connect(project, &Project::changed, this, [this](const ChangeEvent &e) {
            if (e.type != ChangeEvent::Type::Selection)
                rebuild();
        });
    rebuild();
}

void LegendWidget::rebuild()
{
    clear();
    if (!m_project)
        return;
    const auto &layers = m_project->layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        const VectorLayer &l = **it;
        if (!l.isVisible || !l.data)
            continue;
        auto *item = new QTreeWidgetItem(this, {l.title});
        const GeometryKind kind = l.data->kind();
        auto addClass = [&](const QString &label, const Symbol &symbol) {
            auto *child = new QTreeWidgetItem(item, {inUiLanguage(label)});
            child->setIcon(0, QIcon(QPixmap::fromImage(SymbolPainter::legendIcon(symbol, kind, iconSize()))));
        };
        const LayerStyle &style = l.style;
        if (style.renderer == LayerStyle::Renderer::Categorized && style.categories.size() > 1 &&
            style.categories.size() <= maxLegendCategories) {
            for (const SymbolCategory &c : style.categories)
                addClass(c.label, c.symbol);
        } else if (style.renderer == LayerStyle::Renderer::Graduated && !style.ranges.isEmpty()) {
            for (const SymbolRange &r : style.ranges)
                addClass(r.label, r.symbol);
        } else {
            item->setIcon(0, QIcon(QPixmap::fromImage(SymbolPainter::legendIcon(style.symbol, kind, iconSize()))));
        }
    }
    expandAll();
}

} // namespace ecoplan
