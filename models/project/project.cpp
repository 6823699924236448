// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "commands/setlayerstyle.h"
#include "store/featureedit.h"
#include "store/projectstore.h"

#include <QUndoStack>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

namespace ecoplan {

Project::Project(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    // Which unit a place lies in depends on the places' and the units' geometry and on the links.
    connect(this, &Project::changed, this, [this](const ChangeEvent &e) {
        using T = ChangeEvent::Type;
        if (e.type == T::LayerData || e.type == T::LayersAdded || e.type == T::LayerRemoved ||
            e.type == T::DisplayCrs || e.type == T::Progress) {
            m_countyUnits.reset();
            m_prefectureUnits.reset();
        }
    });
}

Project::~Project() = default;

QString Project::filePath() const
{
    return m_store ? m_store->path() : QString();
}

bool Project::isReadOnly() const
{
    return !m_store || m_store->isReadOnly();
}

QString Project::readOnlyReason() const
{
    if (!m_store)
        return tr("the layers were opened from files that are not a project");
    return m_store->readOnlyReason();
}

void Project::setStore(std::unique_ptr<ProjectStore> store)
{
    m_store = std::move(store);
    reloadProgress();
}

void Project::reloadProgress()
{
    std::shared_ptr<const ProgressBook> book = ProgressBook::empty();
    if (m_store) {
        Result<std::shared_ptr<const ProgressBook>> read = m_store->readProgress();
        if (read)
            book = *read;
        else
            m_loadWarnings << tr("The progress records could not be read: %1").arg(read.error());
    }
    m_progress = std::move(book);
    emit changed({ChangeEvent::Type::Progress, {}});
}

void Project::setAsOf(const QDate &date)
{
    if (!date.isValid() || date == m_asOf)
        return;
    m_asOf = date;
    emit changed({ChangeEvent::Type::AsOf, {}});
}

void Project::setProgressView(const ProgressView &view)
{
    if (view == m_progressView)
        return;
    m_progressView = view;
    emit changed({ChangeEvent::Type::ProgressView, {}});
}

const VectorLayer *Project::unitsLayer(ProgressView::Units level) const
{
    switch (level) {
    case ProgressView::Units::Counties:
        return layer(QStringLiteral("counties"));
    case ProgressView::Units::Prefectures:
        return layer(QStringLiteral("prefectures"));
    case ProgressView::Units::None:
        break;
    }
    return nullptr;
}

const PlaceUnits &Project::placeUnits(ProgressView::Units level) const
{
    static const PlaceUnits none;
    std::optional<PlaceUnits> &cache =
        level == ProgressView::Units::Prefectures ? m_prefectureUnits : m_countyUnits;
    const VectorLayer *units = unitsLayer(level);
    if (!units || !units->data)
        return none;
    if (!cache) {
        QHash<QString, std::shared_ptr<const LayerData>> places;
        for (const auto &l : m_layers)
            places.insert(l->id, l->data);
        cache = PlaceUnits::locate(*m_progress, places, *units->data);
    }
    return *cache;
}

QList<QPair<QString, QString>> Project::provenance() const
{
    return m_store ? m_store->provenance() : QList<QPair<QString, QString>>();
}

const VectorLayer *Project::layer(const QString &id) const
{
    const int i = layerIndex(id);
    return i < 0 ? nullptr : m_layers[i].get();
}

VectorLayer *Project::mutableLayer(const QString &id)
{
    const int i = layerIndex(id);
    return i < 0 ? nullptr : m_layers[i].get();
}

int Project::layerIndex(const QString &id) const
{
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        if (m_layers[i]->id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString Project::uniqueLayerId(const QString &base) const
{
    QString id = base;
    for (int n = 2; layerIndex(id) >= 0; ++n)
        id = QStringLiteral("%1_%2").arg(base).arg(n);
    return id;
}

void Project::addLayers(std::vector<std::shared_ptr<VectorLayer>> layers)
{
    if (layers.empty())
        return;
    for (auto &l : layers) {
        l->id = uniqueLayerId(l->id);
        m_layers.push_back(std::move(l));
    }
    emit changed({ChangeEvent::Type::LayersAdded, {}});
}

void Project::removeLayer(const QString &id)
{
    const int i = layerIndex(id);
    if (i < 0)
        return;
    m_layers.erase(m_layers.begin() + i);
    m_selection.remove(id);
    emit changed({ChangeEvent::Type::LayerRemoved, id});
}

void Project::moveLayer(const QString &id, int index)
{
    const int from = layerIndex(id);
    index = std::clamp(index, 0, static_cast<int>(m_layers.size()) - 1);
    if (from < 0 || from == index)
        return;
    auto layer = m_layers[from];
    m_layers.erase(m_layers.begin() + from);
    m_layers.insert(m_layers.begin() + index, std::move(layer));
    emit changed({ChangeEvent::Type::LayersReordered, id});
}

void Project::setLayerVisible(const QString &id, bool visible)
{
    VectorLayer *l = mutableLayer(id);
    if (!l || l->isVisible == visible)
        return;
    l->isVisible = visible;
    emit changed({ChangeEvent::Type::LayerVisibility, id});
}

void Project::setLayerSelectable(const QString &id, bool selectable)
{
    VectorLayer *l = mutableLayer(id);
    if (!l || l->isSelectable == selectable)
        return;
    l->isSelectable = selectable;
    emit changed({ChangeEvent::Type::LayerSelectable, id});
    // What cannot be selected is not left selected.
    if (!selectable && m_selection.contains(id)) {
        auto selection = m_selection;
        selection.remove(id);
        setSelection(selection);
    }
}

void Project::setLayerOpacity(const QString &id, double opacity)
{
    const VectorLayer *l = layer(id);
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (!l || qFuzzyCompare(l->style.opacity, opacity))
        return;
    LayerStyle style = l->style;
    style.opacity = opacity;
    setLayerStyle(id, style);
}

void Project::setLayerStyle(const QString &id, const LayerStyle &style)
{
    const VectorLayer *l = layer(id);
    if (!l || l->style == style)
        return;
    m_undoStack->push(new SetLayerStyle(this, id, l->style, style));
}

Status Project::applyLayerStyle(const QString &id, const LayerStyle &style)
{
    VectorLayer *l = mutableLayer(id);
    if (!l)
        return Status::failure(tr("There is no layer “%1”.").arg(id));
    const bool isStored = m_store && m_store->canWrite() && l->sourcePath == m_store->path();
    if (isStored && l->data) {
        if (Status s = m_store->writeLayerStyle(l->sourceLayer, style, l->data->kind()); !s)
            return s;
    }
    const bool opacityChanged = !qFuzzyCompare(l->style.opacity, style.opacity);
    l->style = style;
    ++l->revision;
    emit changed({ChangeEvent::Type::LayerStyle, id});
    if (opacityChanged)
        emit changed({ChangeEvent::Type::LayerOpacity, id});
    return Status::success();
}

QString Project::userName() const
{
    if (!m_userName.isEmpty())
        return m_userName;
    QString os = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    // Desktop sessions set USER; services and virtual displays may not, but the account still has a name.
    if (os.isEmpty()) {
        if (const passwd *account = getpwuid(getuid()))
            os = QString::fromLocal8Bit(account->pw_name);
    }
    return os.isEmpty() ? QStringLiteral("unknown") : os;
}

Result<qint64> Project::applyEdit(const FeatureEdit &edit)
{
    if (!m_store)
        return Result<qint64>::failure(
            tr("These layers were opened from files that are not a project; they cannot be edited."));
    const Result<qint64> fid = m_store->apply(edit, userName());
    if (!fid)
        return fid;
    // Follow the edit in the view by re-reading only the changed row, so what is shown is what is stored
    // and an edit costs the same on a layer of ten features or of a hundred thousand.
    const QString id = edit.layer();
    VectorLayer *l = mutableLayer(id);
    if (!l) {
        announceTableEdit(id);
        return fid;
    }
    const Result<ReadLayer> row = m_store->readLayerFeature(l->sourceLayer, *fid);
    if (!row) {
        // The edit is committed; only the view is behind. Say so rather than hide it.
        qWarning("%s", qPrintable(tr("The change was saved, but layer “%1” could not be re-read: %2")
                                      .arg(l->title, row.error())));
        return fid;
    }
    LayerData::IndexShift shift;
    l->data = LayerData::withFeature(std::move(l->data), *fid, row->table, &shift);
    ++l->revision;
    // Selected indices stay valid unless a delete or an insert shifted the features after it.
    if ((shift.removed || shift.inserted) && m_selection.contains(id)) {
        QSet<std::uint32_t> shifted;
        for (std::uint32_t i : std::as_const(m_selection[id])) {
            if (shift.removed && i == *shift.removed)
                continue;
            if (shift.removed && i > *shift.removed)
                --i;
            else if (shift.inserted && i >= *shift.inserted)
                ++i;
            shifted.insert(i);
        }
        if (shifted.isEmpty())
            m_selection.remove(id);
        else
            m_selection[id] = shifted;
    }
    emit changed({ChangeEvent::Type::LayerData, id});
    return fid;
}

Result<QList<qint64>> Project::applyEdits(const QList<FeatureEdit> &edits)
{
    using R = Result<QList<qint64>>;
    if (!m_store)
        return R::failure(
            tr("These layers were opened from files that are not a project; they cannot be edited."));
    const R fids = m_store->applyAll(edits, userName());
    if (!fids)
        return fids;
    QStringList layers;
    for (const FeatureEdit &e : edits) {
        if (!layers.contains(e.layer()))
            layers.append(e.layer());
    }
    QStringList tables; // edited tables without a map layer
    for (const QString &id : std::as_const(layers)) {
        VectorLayer *l = mutableLayer(id);
        if (!l) {
            tables << id;
            continue;
        }
        // Many rows changed at once: read the layer afresh (selected indices no longer hold).
        Result<ReadLayer> read = m_store->readLayer(l->sourceLayer);
        if (!read) {
            qWarning("%s", qPrintable(tr("The change was saved, but layer “%1” could not be re-read: %2")
                                          .arg(l->title, read.error())));
            continue;
        }
        l->data =
            LayerData::build(std::make_shared<const FeatureTable>(std::move(read->table)), m_displayCrs);
        ++l->revision;
        m_selection.remove(id);
        emit changed({ChangeEvent::Type::LayerData, id});
    }
    // A link detached with its records and photos is one change: re-read the progress tables once.
    const bool progress = tables.removeIf( [](const QString &t) {
                              return t == QLatin1String("progress_records") || t == QLatin1String("attachments");
                          }) > 0;
    if (progress && !tables.contains(QLatin1String("task_links")))
        tables << QStringLiteral("progress_records");
    for (const QString &table : std::as_const(tables))
        announceTableEdit(table);
    return fids;
}

void Project::announceTableEdit(const QString &table)
{
    // Tables without a map layer: plans, plan_tasks, task_targets; the progress tables.
    if (table.startsWith(QLatin1String("plan")) || table == QLatin1String("task_targets"))
        emit changed({ChangeEvent::Type::Plans, {}});
    else if (table == QLatin1String("task_links") || table == QLatin1String("progress_records") ||
             table == QLatin1String("attachments"))
        reloadProgress();
}

Result<qint64> Project::importPlan(const Plan &plan, const PlanSource &source)
{
    if (!m_store)
        return Result<qint64>::failure(tr("Plans can only be imported into a project file."));
    const Result<qint64> id = m_store->importPlan(plan, source);
    if (id)
        emit changed({ChangeEvent::Type::Plans, {}});
    return id;
}

Status Project::removePlan(qint64 planId)
{
    if (!m_store)
        return Status::failure(tr("These layers are not a project."));
    const Status s = m_store->removePlan(planId);
    if (s)
        emit changed({ChangeEvent::Type::Plans, {}});
    return s;
}

void Project::setDisplayCrs(const Crs &crs)
{
    if (!crs.isValid() || crs == m_displayCrs)
        return;
    m_displayCrs = crs;
    QtConcurrent::blockingMap(m_layers, [&crs](const std::shared_ptr<VectorLayer> &l) {
        l->data = LayerData::build(l->data->sharedTable(), crs);
        ++l->revision;
    });
    emit changed({ChangeEvent::Type::DisplayCrs, {}});
}

void Project::setLabelsInEnglish(bool english)
{
    if (english == m_labelsInEnglish)
        return;
    m_labelsInEnglish = english;
    emit changed({ChangeEvent::Type::LabelLanguage, {}});
}

QRectF Project::fullExtent() const
{
    QRectF extent;
    for (const auto &l : m_layers) {
        if (l->isVisible && l->data && !l->data->extent().isNull())
            extent = extent.isNull() ? l->data->extent() : extent.united(l->data->extent());
    }
    return extent;
}

void Project::setSelection(const QHash<QString, QSet<std::uint32_t>> &selection)
{
    m_selection.clear();
    for (auto it = selection.cbegin(); it != selection.cend(); ++it) {
        if (!it.value().isEmpty() && layerIndex(it.key()) >= 0)
            m_selection.insert(it.key(), it.value());
    }
    emit changed({ChangeEvent::Type::Selection, {}});
}

void Project::clearSelection()
{
    if (m_selection.isEmpty())
        return;
    m_selection.clear();
    emit changed({ChangeEvent::Type::Selection, {}});
}

QRectF Project::selectionExtent() const
{
    QRectF extent;
    for (auto it = m_selection.cbegin(); it != m_selection.cend(); ++it) {
        const VectorLayer *l = layer(it.key());
        if (!l)
            continue;
        for (std::uint32_t i : it.value()) {
            QRectF b = l->data->bounds(i);
            if (b.isNull()) // a point: give it a size so that unions keep it
                b = QRectF(b.center() - QPointF(1, 1), QSizeF(2, 2));
            extent = extent.isNull() ? b : extent.united(b);
        }
    }
    return extent;
}

int Project::selectedCount() const
{
    int n = 0;
    for (const auto &set : m_selection)
        n += static_cast<int>(set.size());
    return n;
}

} // namespace ecoplan
