// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/layerstyle.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace ecoplan {

class Project;

/// A change of one layer's style (symbols, classes, labels, scale range, opacity) as one step on the
/// project's undo stack; undo and redo each write the style through the store (Project::applyLayerStyle).
/// Consecutive changes of the same layer's opacity merge, so that dragging a slider makes one step.
class SetLayerStyle : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::SetLayerStyle)
public:
    SetLayerStyle(Project *project, QString layerId, LayerStyle before, LayerStyle after);

    void redo() override;
    void undo() override;
    int id() const override { return 0x5354594c; } // "STYL"
    bool mergeWith(const QUndoCommand *other) override;
    /// Why the last redo or undo could not be written, or empty.
    const QString &error() const { return m_error; }

private:
    void apply(const LayerStyle &style);
    bool changesOnlyOpacity() const;

    Project *m_project;
    QString m_layerId;
    LayerStyle m_before;
    LayerStyle m_after;
    QString m_error;
    bool m_hasRun = false;
};

} // namespace ecoplan
