// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QMimeData;

namespace ecoplan {

class Project;

/// Copy and paste of features. The clipboard carries the stored rows (attributes, WKT in the source
/// layer's CRS, that CRS and the kind) as JSON under `mimeType`, and the WKT as plain text lines for other
/// programs. Pasting reprojects into the target layer's CRS with PROJ, copies the attributes whose field
/// names match and writes new rows, all as one undo step.
class FeatureClipboard
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::FeatureClipboard)
public:
    static QString mimeType();

    /// The selected features of every layer of the project file, read as stored.
    static Result<std::unique_ptr<QMimeData>> copy(const Project &project);
    static bool hasFeatures(const QMimeData *data);

    struct Pasted
    {
        QList<qint64> fids; ///< the new rows, in clipboard order
        int skipped = 0;    ///< features of another kind (a line cannot go into a polygon layer)
    };
    /// Pastes the features of the target layer's kind into it, as one undo step, and selects them. Fails if
    /// none fits, the layer cannot be edited, or a row is refused (the message says why).
    static Result<Pasted> paste(Project &project, const QMimeData &data, const QString &layerId);
};

} // namespace ecoplan
