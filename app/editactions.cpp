// SPDX-License-Identifier: GPL-3.0-or-later
#include "editactions.h"

#include "commands/editfeature.h"

#include "canvas/addfeaturetool.h"
#include "canvas/mapcanvas.h"
#include "canvas/movefeaturetool.h"
#include "canvas/vertextool.h"
#include "edit/featureclipboard.h"
#include "edit/featureedits.h"
#include "forms/attributeform.h"
#include "forms/attributevalidator.h"
#include "project/project.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QToolBar>
#include <QWidgetAction>

namespace ecoplan {
namespace {
const QString snappingKey = QStringLiteral("edit/snapping");
const QString toleranceKey = QStringLiteral("edit/snapTolerancePx");
} // namespace

EditActions::EditActions(MapCanvas *canvas, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_canvas(canvas), m_dialogParent(dialogParent),
      m_add(new AddFeatureTool(canvas, &m_snapper)), m_move(new MoveFeatureTool(canvas, &m_snapper)),
      m_vertex(new VertexTool(canvas, &m_snapper))
{
    QSettings settings;
    m_snapper.setEnabled(settings.value(snappingKey, false).toBool());
    m_snapper.setTolerancePixels(settings.value(toleranceKey, Snapper::defaultTolerancePixels).toInt());

    // The project's undo stack changes with the project, so these act on whichever is current.
    m_undo =
        addAction(tr("&Undo"), "action.edit.undo", QKeySequence::Undo, "edit-undo", tr("Undo the last edit"));
    m_redo = addAction(tr("&Redo"), "action.edit.redo", QKeySequence::Redo, "edit-redo",
                       tr("Redo the last undone edit"));
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_canvas->project())
            m_canvas->project()->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_canvas->project())
            m_canvas->project()->undoStack()->redo();
    });

    const struct
    {
        QString text;
        const char *name;
        QKeySequence key;
        const char *icon;
        QString tip;
        EditTool *tool;
    } toolDefs[] = {
        {tr("&Add Feature"), "action.edit.addFeature", QKeySequence(tr("Ctrl+.")), "list-add",
         tr("Click to place a point or the vertices of a line or polygon; double-click or Enter finishes, "
            "Backspace removes the last vertex, Esc cancels"),
         m_add},
        {tr("&Move Feature"),
         "action.edit.moveFeature",
         {},
         "transform-move",
         tr("Drag a feature of the active layer to move it"),
         m_move},
        {tr("&Vertex Tool"),
         "action.edit.vertexTool",
         {},
         "draw-polyline",
         tr("Click a feature, then drag a vertex to move it, double-click an edge to add one, or select one "
            "and press Delete"),
         m_vertex}};
    for (const auto &d : toolDefs) {
        QAction *a = addAction(d.text, d.name, d.key, d.icon, d.tip);
        a->setCheckable(true);
        EditTool *tool = d.tool;
        connect(a, &QAction::triggered, canvas, [canvas, tool] { canvas->setMapTool(tool); });
        connect(tool, &EditTool::editRefused, this, &EditActions::message);
        m_toolActions << a;
        m_editingActions << a;
    }
    connect(m_add, &AddFeatureTool::featureDrawn, this, &EditActions::featureDrawn);
    connect(m_add, &AddFeatureTool::featureDrawn, this, &EditActions::addDrawnFeature);
    m_askAttributes = [this](const QList<Field> &fields, const QVariantMap &defaults) {
        return AttributeForm::askNewFeature(m_dialogParent, fields, defaults);
    };
    setAskRepair([this](const QString &problem) {
        return QMessageBox::question(
                   m_dialogParent, tr("Invalid Geometry"),
                   tr("%1\n\nRepair it automatically? The repaired shape may differ slightly.")
                       .arg(problem)) == QMessageBox::Yes;
    });

    QAction *del = addAction(tr("&Delete Selected"), "action.edit.deleteSelected", QKeySequence::Delete,
                             "edit-delete", tr("Delete the selected features of the active layer"));
    connect(del, &QAction::triggered, this, &EditActions::deleteSelected);
    m_editingActions << del;
    QAction *copyAction = addAction(tr("&Copy Features"), "action.edit.copy", QKeySequence::Copy, "edit-copy",
                                    tr("Copy the selected features"));
    connect(copyAction, &QAction::triggered, this, &EditActions::copy);
    QAction *pasteAction = addAction(tr("&Paste Features"), "action.edit.paste", QKeySequence::Paste,
                                     "edit-paste", tr("Paste copied features into the active layer"));
    connect(pasteAction, &QAction::triggered, this, &EditActions::paste);
    m_editingActions << pasteAction;

    QAction *snap = addAction(tr("S&napping"), "action.edit.snapping", {}, "snap-nodes-cusp",
                              tr("Snap clicks to vertices of visible layers within the tolerance"));
    snap->setCheckable(true);
    snap->setChecked(m_snapper.isEnabled());
    connect(snap, &QAction::toggled, this, [this](bool on) {
        m_snapper.setEnabled(on);
        QSettings().setValue(snappingKey, on);
    });
    m_snapToleranceAction = addAction(tr("Snapping &Tolerance…"), "action.edit.snapTolerance", {}, nullptr,
                                      tr("How close, in pixels, a click must be to a vertex to snap to it"));
    connect(m_snapToleranceAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const int px =
            QInputDialog::getInt(m_dialogParent, tr("Snapping Tolerance"), tr("Tolerance (pixels):"),
                                 m_snapper.tolerancePixels(), 1, 100, 1, &ok);
        if (ok) {
            m_snapper.setTolerancePixels(px);
            QSettings().setValue(toleranceKey, px);
            if (m_toleranceBox)
                m_toleranceBox->setValue(px);
        }
    });
    updateState();
}

QAction *EditActions::addAction(const QString &text, const char *name, const QKeySequence &key,
                                const char *icon, const QString &tip)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(name));
    if (icon)
        a->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
    a->setShortcut(key);
    a->setToolTip(key.isEmpty() ? tip
                                : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    m_actions << a;
    return a;
}

void EditActions::addToMenu(QMenu *menu) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == QLatin1String("action.edit.addFeature") ||
            a->objectName() == QLatin1String("action.edit.deleteSelected") ||
            a->objectName() == QLatin1String("action.edit.snapping"))
            menu->addSeparator();
        menu->addAction(a);
    }
}

QToolBar *EditActions::createToolBar(QWidget *parent)
{
    auto *toolbar = new QToolBar(tr("Edit"), parent);
    toolbar->setObjectName(QStringLiteral("toolbar.edit"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *a : m_actions) {
        if (a != m_snapToleranceAction)
            toolbar->addAction(a);
    }
    auto *tolerance = new QSpinBox(toolbar);
    tolerance->setObjectName(QStringLiteral("edit.snapTolerance"));
    tolerance->setRange(1, 100);
    tolerance->setSuffix(tr(" px"));
    tolerance->setValue(m_snapper.tolerancePixels());
    tolerance->setToolTip(m_snapToleranceAction->toolTip());
    connect(tolerance, &QSpinBox::valueChanged, this, [this](int px) {
        m_snapper.setTolerancePixels(px);
        QSettings().setValue(toleranceKey, px);
    });
    toolbar->addWidget(tolerance);
    m_toleranceBox = tolerance;
    return toolbar;
}

void EditActions::joinToolGroup(QActionGroup *group)
{
    if (!group)
        return;
    for (QAction *a : m_toolActions)
        group->addAction(a);
}

void EditActions::setAskRepair(std::function<bool(const QString &)> ask)
{
    for (EditTool *tool : std::initializer_list<EditTool *>{m_add, m_move, m_vertex})
        tool->setAskRepair(ask);
}

void EditActions::setActiveLayer(const QString &layerId)
{
    m_layerId = layerId;
    for (EditTool *tool : std::initializer_list<EditTool *>{m_add, m_move, m_vertex})
        tool->setLayer(layerId);
    updateState();
}

void EditActions::updateState()
{
    const Project *project = m_canvas->project();
    const bool editable = project && FeatureEdits::isEditable(*project, m_layerId);
    for (QAction *a : m_editingActions)
        a->setEnabled(editable);
    QUndoStack *stack = project ? project->undoStack() : nullptr;
    if (stack != m_watchedStack) {
        if (m_watchedStack)
            disconnect(m_watchedStack, nullptr, this, nullptr);
        m_watchedStack = stack;
        if (stack) {
            connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
            connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
            // Say what would be undone or redone, as the Edit menu of any editor does.
            connect(stack, &QUndoStack::undoTextChanged, this, &EditActions::showUndoTexts);
            connect(stack, &QUndoStack::redoTextChanged, this, &EditActions::showUndoTexts);
        }
    }
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    showUndoTexts();
}

void EditActions::showUndoTexts()
{
    const QUndoStack *stack = m_watchedStack;
    const QString undo = stack ? stack->undoText() : QString();
    const QString redo = stack ? stack->redoText() : QString();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    // The toolbar keeps its short labels.
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
}

void EditActions::deleteSelected()
{
    Project *project = m_canvas->project();
    if (!project)
        return;
    // With the vertex tool, Delete removes the selected vertex rather than whole features.
    if (m_canvas->mapTool() == m_vertex && m_vertex->hasSelectedVertex()) {
        m_vertex->deleteSelectedVertex();
        return;
    }
    const Result<int> deleted = FeatureEdits::deleteSelected(*project, m_layerId);
    emit message(deleted ? tr("Features deleted: %1.").arg(*deleted) : deleted.error());
}

void EditActions::copy()
{
    const Project *project = m_canvas->project();
    if (!project)
        return;
    Result<std::unique_ptr<QMimeData>> data = FeatureClipboard::copy(*project);
    if (!data) {
        emit message(data.error());
        return;
    }
    const int n = int(project->selectedCount());
    QApplication::clipboard()->setMimeData(std::move(data).value().release());
    emit message(tr("Features copied: %1.").arg(n));
}

void EditActions::paste()
{
    Project *project = m_canvas->project();
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!project)
        return;
    if (!FeatureClipboard::hasFeatures(data)) {
        emit message(tr("The clipboard holds no copied features."));
        return;
    }
    const auto pasted = FeatureClipboard::paste(*project, *data, m_layerId);
    if (!pasted) {
        emit message(pasted.error());
        return;
    }
    QString text = tr("Features pasted: %1.").arg(pasted->fids.size());
    if (pasted->skipped > 0)
        text += QLatin1Char(' ') + tr("Left out, being of another geometry type: %1.").arg(pasted->skipped);
    emit message(text);
}

void EditActions::addDrawnFeature(const QString &layerId, const QString &wkt)
{
    const Project *project = m_canvas->project();
    const VectorLayer *layer = project ? project->layer(layerId) : nullptr;
    if (!layer || !m_askAttributes)
        return;
    const QList<Field> &fields = layer->data->table().fields;
    const std::optional<QVariantMap> values =
        m_askAttributes(fields, AttributeValidator::newFeatureValues(fields));
    if (!values) {
        emit message(tr("The feature was not added."));
        return;
    }
    if (const Result<qint64> fid = insertFeature(layerId, wkt, *values); !fid)
        emit message(fid.error());
    else
        emit message(tr("Added feature %1 to “%2”.").arg(*fid).arg(layer->title));
}

Result<qint64> EditActions::insertFeature(const QString &layerId, const QString &wkt,
                                          const QVariantMap &attributes)
{
    Project *project = m_canvas->project();
    const VectorLayer *layer = project ? project->layer(layerId) : nullptr;
    if (!layer)
        return Result<qint64>::failure(tr("The layer is no longer in the project."));
    return EditFeature::push(*project, {std::nullopt, StoredFeature{layer->sourceLayer, -1, attributes, wkt}},
                             tr("Add feature"));
}

} // namespace ecoplan
