// SPDX-License-Identifier: GPL-3.0-or-later
#include "protectionzonesdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ecoplan {
namespace {

/// The editable widths, in column order.
double *widthOf(ZoneWidths &w, int column)
{
    double *fields[] = {&w.managementHalfWidth, &w.primaryLeft, &w.primaryRight, &w.secondaryLeft,
                        &w.secondaryRight};
    return fields[column];
}

constexpr int widthColumns = 5;

} // namespace

ProtectionZonesDialog::ProtectionZonesDialog(QList<CanalSegment> segments, QWidget *parent)
    : QDialog(parent), m_segments(std::move(segments)),
      m_table(new QTableWidget(int(m_segments.size()), widthColumns, this))
{
    setWindowTitle(tr("Canal Protection Zones"));
    setObjectName(QStringLiteral("protectionZonesDialog"));
    auto *note = new QLabel(
        tr("Widths in metres on each side of the South-to-North canal (left is west, looking north). The "
           "primary zone reaches its width beyond the canal's management boundary, taken as the centreline "
           "offset by the management half-width; the secondary zone reaches its width beyond the primary "
           "one. The defaults (50 m and 1,000 m) are placeholders: check them against Henan's official "
           "zoning of the canal's drinking-water protection areas."));
    note->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Management half-width"), tr("Primary, left"),
                                        tr("Primary, right"), tr("Secondary, left"), tr("Secondary, right")});
    QStringList rows;
    for (qsizetype r = 0; r < m_segments.size(); ++r) {
        rows << m_segments[r].name;
        for (int c = 0; c < widthColumns; ++c) {
            auto *spin = new QDoubleSpinBox;
            spin->setRange(0, 10000);
            spin->setDecimals(0);
            spin->setSingleStep(10);
            spin->setSuffix(tr(" m"));
            spin->setValue(*widthOf(m_segments[r].widths, c));
            m_table->setCellWidget(int(r), c, spin);
        }
    }
    m_table->setVerticalHeaderLabels(rows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *copy = new QPushButton(tr("Use the First Row's Widths Everywhere"));
    copy->setObjectName(QStringLiteral("protectionZones.copyFirstRow"));
    connect(copy, &QPushButton::clicked, this, &ProtectionZonesDialog::copyFirstRowToAll);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Generate Zones"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(copy, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    resize(820, 480);
}

QList<CanalSegment> ProtectionZonesDialog::segments() const
{
    QList<CanalSegment> out = m_segments;
    for (qsizetype r = 0; r < out.size(); ++r) {
        for (int c = 0; c < widthColumns; ++c)
            *widthOf(out[r].widths, c) =
                static_cast<QDoubleSpinBox *>(m_table->cellWidget(int(r), c))->value();
    }
    return out;
}

void ProtectionZonesDialog::copyFirstRowToAll()
{
    for (int r = 1; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < widthColumns; ++c)
            static_cast<QDoubleSpinBox *>(m_table->cellWidget(r, c))
                ->setValue(static_cast<QDoubleSpinBox *>(m_table->cellWidget(0, c))->value());
    }
}

} // namespace ecoplan
