// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace ecoplan {

/// A button showing a colour swatch; a click opens QColorDialog (with transparency). An invalid colour
/// means "none" and is shown crossed out; `allowNone` adds a menu entry to choose it.
class ColorButton : public QToolButton
{
    Q_OBJECT
public:
    explicit ColorButton(QWidget *parent = nullptr, bool allowNone = false);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);

signals:
    void colorChanged(const QColor &color);

private:
    void choose();
    void updateIcon();
    QColor m_color;
};

} // namespace ecoplan
