// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "edit/snapper.h"
#include "layer/featuretable.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QSpinBox;
class QToolBar;
class QWidget;

namespace ecoplan {

class AddFeatureTool;
class EditTool;
class MapCanvas;
class MoveFeatureTool;
class VertexTool;

/// The editing actions and tools: Undo, Redo, Add Feature, Move Feature, Vertex Tool, Delete Selected, Copy,
/// Paste and snapping. They act on the active layer (the layer panel's current one) and are enabled only
/// while it can be edited. Edits go onto the project's undo stack; refusals come out as message(). A drawn
/// feature is written once its attributes are entered in the attribute form (cancel: nothing is written).
class EditActions : public QObject
{
    Q_OBJECT
public:
    /// `dialogParent` parents the question whether to repair an invalid polygon.
    EditActions(MapCanvas *canvas, QWidget *dialogParent, QObject *parent = nullptr);

    /// In menu order.
    QList<QAction *> actions() const { return m_actions; }
    void addToMenu(QMenu *menu) const;
    /// The Edit toolbar, with a spin box for the snapping tolerance.
    QToolBar *createToolBar(QWidget *parent);
    /// Makes the edit tools exclusive with the other map tools (pan, select, …).
    void joinToolGroup(QActionGroup *group);

    const QString &activeLayer() const { return m_layerId; }
    AddFeatureTool *addFeatureTool() const { return m_add; }
    MoveFeatureTool *moveFeatureTool() const { return m_move; }
    VertexTool *vertexTool() const { return m_vertex; }
    Snapper &snapper() { return m_snapper; }
    /// Replaces the repair question (a dialog by default), e.g. in tests.
    void setAskRepair(std::function<bool(const QString &problem)> ask);

    /// Asks for a new feature's attributes (the attribute form by default; tests answer it): the values, or
    /// nothing if the user cancels.
    using AskAttributes =
        std::function<std::optional<QVariantMap>(const QList<Field> &fields, const QVariantMap &defaults)>;
    void setAskAttributes(AskAttributes ask) { m_askAttributes = std::move(ask); }
    /// Inserts a drawn feature with the given attributes as one undo step.
    Result<qint64> insertFeature(const QString &layerId, const QString &wkt, const QVariantMap &attributes);
    /// What a drawn feature goes through: the attribute form, then insertFeature().
    void addDrawnFeature(const QString &layerId, const QString &wkt);

public slots:
    void setActiveLayer(const QString &layerId);
    /// Enables the actions for the canvas's project and the active layer (call when the project changes).
    void updateState();

signals:
    void featureDrawn(const QString &layerId, const QString &wktInLayerCrs);
    /// Something the user should read: a refused edit, what a paste did.
    void message(const QString &text);

private:
    QAction *addAction(const QString &text, const char *name, const QKeySequence &key, const char *icon,
                       const QString &tip);
    void deleteSelected();
    void showUndoTexts();
    void copy();
    void paste();

    MapCanvas *m_canvas;
    QWidget *m_dialogParent;
    AskAttributes m_askAttributes;
    Snapper m_snapper;
    QString m_layerId;
    AddFeatureTool *m_add;
    MoveFeatureTool *m_move;
    VertexTool *m_vertex;
    QList<QAction *> m_actions;
    QList<QAction *> m_toolActions;
    QList<QAction *> m_editingActions; ///< enabled only while the active layer can be edited
    QAction *m_snapToleranceAction = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QPointer<QSpinBox> m_toleranceBox;   ///< the toolbar's, kept in step with the menu's dialog
    QPointer<QUndoStack> m_watchedStack; ///< the stack whose state m_undo and m_redo show
};

} // namespace ecoplan
