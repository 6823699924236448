// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnmatcher.h"
#include "core/result.h"
#include "importcontext.h"
#include "importspec.h"
#include "rejectedrow.h"
#include "store/featureedit.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace ecoplan {

class ProjectStore;

/// The rows of a file, read and converted but not yet written: the inserts for the good rows and the
/// rejected ones with their reasons.
struct PreparedImport
{
    LayerDefinition target; ///< for a new layer: the file's columns and geometry type
    bool isNewLayer = false;
    QStringList columns;     ///< the file's
    QString encoding;        ///< the text encoding used, if GDAL did not decide
    ColumnMatching matching; ///< which column went to which field, and what was left unguessed
    QList<FeatureEdit> edits;
    QList<RejectedRow> rejected;
    int rowsRead = 0;
    bool cancelled = false;
};

/// An import in two halves. prepare() reads and converts every row and writes nothing, so it can run on a
/// worker thread with progress and Cancel (a cancelled import has written nothing). The caller then writes
/// all edits in ONE transaction: write() for the command line, EditFeatures for the workbench's undo stack.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::Importer)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    /// Any thread; touches neither the project nor its store. `rowLimit` > 0 stops after that many rows
    /// (the wizard's check of a sample).
    static Result<PreparedImport> prepare(const ImportSpec &spec, const ImportContext &context,
                                          const std::atomic<bool> *cancel = nullptr,
                                          const Progress &progress = {}, int rowLimit = -1);
    /// Writes the good rows (and creates the layer if it is new) in one transaction: all or nothing.
    static Result<QList<qint64>> write(ProjectStore &store, const PreparedImport &prepared,
                                       const QString &user);
    /// The rejected rows as CSV for Excel: row, reason, then the file's columns; UTF-8 with BOM.
    static Status writeRejected(const QString &path, const QStringList &columns,
                                const QList<RejectedRow> &rows);
    /// "Imported N rows into “layer”, rejected M:" and one line per rejected row.
    static QString report(const PreparedImport &prepared, int imported);
};

} // namespace ecoplan
