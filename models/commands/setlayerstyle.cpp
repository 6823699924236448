// SPDX-License-Identifier: GPL-3.0-or-later
#include "setlayerstyle.h"

#include "project/project.h"

namespace ecoplan {

SetLayerStyle::SetLayerStyle(Project *project, QString layerId, LayerStyle before, LayerStyle after)
    : m_project(project), m_layerId(std::move(layerId)), m_before(std::move(before)), m_after(std::move(after))
{
    const VectorLayer *l = project->layer(m_layerId);
    const QString title = l ? l->title : m_layerId;
    setText(changesOnlyOpacity() ? tr("Change opacity of “%1”").arg(title) : tr("Change style of “%1”").arg(title));
}

void SetLayerStyle::apply(const LayerStyle &style)
{
    const Status s = m_project->applyLayerStyle(m_layerId, style);
    m_error = s ? QString() : s.error();
    if (!s)
        qWarning("%s", qPrintable(m_error));
}

void SetLayerStyle::redo()
{
    apply(m_after);
    // A first change the file refused leaves nothing on the stack.
    if (!m_hasRun && !m_error.isEmpty())
        setObsolete(true);
    m_hasRun = true;
}

void SetLayerStyle::undo()
{
    apply(m_before);
}

bool SetLayerStyle::changesOnlyOpacity() const
{
    LayerStyle before = m_before;
    before.opacity = m_after.opacity;
    return before == m_after;
}

bool SetLayerStyle::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetLayerStyle *>(other);
    if (next->m_layerId != m_layerId || !changesOnlyOpacity() || !next->changesOnlyOpacity())
        return false;
    m_after = next->m_after;
    // Back where it started: the step disappears.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace ecoplan
