// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnmatcher.h"
#include "core/result.h"
#include "importcontext.h"
#include "importsource.h"
#include "importspec.h"
#include "rejectedrow.h"
#include "store/featureedit.h"

#include <QCoreApplication>

#include <memory>
#include <variant>

#include <ogr_geometry.h>

namespace ecoplan {

class CountyPlaces;
class ProvinceCheck;
class SourceGeometry;

/// Turns source rows into features of the target layer: the geometry from the chosen columns or the file,
/// in the target's CRS, checked against the province; the mapped columns as typed values (AttributeValidator,
/// value lists by code or either half of the label), with the layer's defaults where a cell is empty.
/// One thread at a time.
class RowConverter
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::RowConverter)
public:
    /// Fails if the spec names columns the source lacks or fields the target lacks.
    static Result<std::unique_ptr<RowConverter>> make(const ImportSpec &spec, const QStringList &columns,
                                                      const Crs &fileCrs, const ImportContext &context,
                                                      const LayerDefinition &target);
    ~RowConverter();

    /// The target field each column goes to (empty: none), in column order.
    QStringList fieldsForColumns() const;
    /// How the columns were matched to fields (ColumnMatcher, or the explicit map alone).
    const ColumnMatching &matching() const { return m_matching; }
    std::variant<StoredFeature, RejectedRow> convert(const SourceRow &row);

private:
    RowConverter() = default;
    Result<OGRGeometryUniquePtr> geometry(const SourceRow &row);
    Status fitToLayer(OGRGeometryUniquePtr &g) const;

    ImportSpec m_spec;
    LayerDefinition m_target;
    Crs m_fileCrs;
    ColumnMatching m_matching;
    QList<int> m_fieldOfColumn; ///< index into m_target.fields, or -1
    int m_x = -1, m_y = -1, m_wkt = -1, m_county = -1;
    QVariantMap m_defaults;
    std::unique_ptr<SourceGeometry> m_geometry;
    std::unique_ptr<ProvinceCheck> m_province;
    std::unique_ptr<CountyPlaces> m_counties;
};

} // namespace ecoplan
