// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorbutton.h"

#include <QAction>
#include <QColorDialog>
#include <QMenu>
#include <QPainter>

namespace ecoplan {

ColorButton::ColorButton(QWidget *parent, bool allowNone) : QToolButton(parent)
{
    setIconSize(QSize(36, 14));
    connect(this, &QToolButton::clicked, this, &ColorButton::choose);
    if (allowNone) {
        auto *menu = new QMenu(this);
        connect(menu->addAction(tr("Choose colour…")), &QAction::triggered, this, &ColorButton::choose);
        connect(menu->addAction(tr("No colour")), &QAction::triggered, this, [this] {
            setColor(QColor());
            emit colorChanged(m_color);
        });
        setMenu(menu);
        setPopupMode(QToolButton::MenuButtonPopup);
    }
    updateIcon();
}

void ColorButton::setColor(const QColor &color)
{
    m_color = color;
    updateIcon();
}

void ColorButton::choose()
{
    const QColor chosen = QColorDialog::getColor(m_color.isValid() ? m_color : QColor(Qt::white), this,
                                                 tr("Choose a colour"), QColorDialog::ShowAlphaChannel);
    if (!chosen.isValid())
        return;
    setColor(chosen);
    emit colorChanged(m_color);
}

void ColorButton::updateIcon()
{
    QPixmap swatch(iconSize());
    swatch.fill(Qt::transparent);
    QPainter p(&swatch);
    const QRect r = swatch.rect().adjusted(0, 0, -1, -1);
    if (m_color.isValid()) {
        // A checkerboard under a see-through colour shows its transparency.
        p.fillRect(r, QBrush(Qt::lightGray, Qt::Dense4Pattern));
        p.fillRect(r, m_color);
    } else {
        p.setPen(Qt::red);
        p.drawLine(r.bottomLeft(), r.topRight());
    }
    p.setPen(Qt::darkGray);
    p.drawRect(r);
    p.end();
    setIcon(QIcon(swatch));
    setToolTip(m_color.isValid() ? m_color.name(QColor::HexArgb) : tr("No colour"));
}

} // namespace ecoplan
