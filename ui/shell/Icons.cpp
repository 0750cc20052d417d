#include "Icons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Icons {

namespace {

const char *themeName(Glyph g)
{
    switch (g) {
    case Glyph::NewLead: return "contact-new";
    case Glyph::Delete: return "edit-delete";
    case Glyph::Undo: return "edit-undo";
    case Glyph::Redo: return "edit-redo";
    case Glyph::Search: return "edit-find";
    case Glyph::Call: return "call-start";
    case Glyph::Email: return "mail-send";
    case Glyph::Open: return "document-open";
    case Glyph::NewWorkspace: return "document-new";
    case Glyph::Backup: return "document-save-as";
    case Glyph::Settings: return "preferences-system";
    default: return nullptr;
    }
}

const QColor ink(0x33, 0x41, 0x55);
const QColor accent(0x25, 0x63, 0xeb);
const QColor danger(0xdc, 0x26, 0x26);

void drawPerson(QPainter &p, const QRectF &r, const QColor &color)
{
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    const double w = r.width();
    p.drawEllipse(QRectF(r.left() + w * 0.32, r.top() + w * 0.08, w * 0.36, w * 0.36));
    QPainterPath body;
    body.moveTo(r.left() + w * 0.12, r.bottom() - w * 0.06);
    body.cubicTo(r.left() + w * 0.12, r.top() + w * 0.50, r.right() - w * 0.12, r.top() + w * 0.50,
                 r.right() - w * 0.12, r.bottom() - w * 0.06);
    body.closeSubpath();
    p.drawPath(body);
}

void draw(QPainter &p, Glyph g, double s)
{
    const QRectF r(0, 0, s, s);
    QPen pen(ink, std::max(1.0, s / 12.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (g) {
    case Glyph::App: {
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawRoundedRect(r.adjusted(s * 0.04, s * 0.04, -s * 0.04, -s * 0.04), s * 0.2, s * 0.2);
        // A funnel.
        QPainterPath funnel;
        funnel.moveTo(s * 0.22, s * 0.26);
        funnel.lineTo(s * 0.78, s * 0.26);
        funnel.lineTo(s * 0.56, s * 0.54);
        funnel.lineTo(s * 0.56, s * 0.78);
        funnel.lineTo(s * 0.44, s * 0.72);
        funnel.lineTo(s * 0.44, s * 0.54);
        funnel.closeSubpath();
        p.setBrush(Qt::white);
        p.drawPath(funnel);
        break;
    }
    case Glyph::Leads:
        drawPerson(p, QRectF(s * 0.30, s * 0.12, s * 0.66, s * 0.66), ink.lighter(150));
        drawPerson(p, QRectF(s * 0.04, s * 0.28, s * 0.70, s * 0.70), ink);
        break;
    case Glyph::NewLead:
        drawPerson(p, QRectF(s * 0.02, s * 0.18, s * 0.74, s * 0.74), ink);
        p.setPen(QPen(accent, s / 8.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.80, s * 0.08), QPointF(s * 0.80, s * 0.44));
        p.drawLine(QPointF(s * 0.62, s * 0.26), QPointF(s * 0.98, s * 0.26));
        break;
    case Glyph::Delete:
        pen.setColor(danger);
        p.setPen(pen);
        p.drawLine(QPointF(s * 0.18, s * 0.26), QPointF(s * 0.82, s * 0.26));
        p.drawLine(QPointF(s * 0.40, s * 0.26), QPointF(s * 0.42, s * 0.14));
        p.drawLine(QPointF(s * 0.42, s * 0.14), QPointF(s * 0.58, s * 0.14));
        p.drawLine(QPointF(s * 0.58, s * 0.14), QPointF(s * 0.60, s * 0.26));
        p.drawRoundedRect(QRectF(s * 0.26, s * 0.30, s * 0.48, s * 0.58), s * 0.06, s * 0.06);
        p.drawLine(QPointF(s * 0.42, s * 0.42), QPointF(s * 0.42, s * 0.76));
        p.drawLine(QPointF(s * 0.58, s * 0.42), QPointF(s * 0.58, s * 0.76));
        break;
    case Glyph::Merge: {
        QPainterPath path;
        path.moveTo(s * 0.2, s * 0.12);
        path.cubicTo(s * 0.2, s * 0.5, s * 0.5, s * 0.5, s * 0.5, s * 0.62);
        path.moveTo(s * 0.8, s * 0.12);
        path.cubicTo(s * 0.8, s * 0.5, s * 0.5, s * 0.5, s * 0.5, s * 0.62);
        path.lineTo(s * 0.5, s * 0.9);
        p.drawPath(path);
        p.drawLine(QPointF(s * 0.36, s * 0.76), QPointF(s * 0.5, s * 0.9));
        p.drawLine(QPointF(s * 0.64, s * 0.76), QPointF(s * 0.5, s * 0.9));
        break;
    }
    case Glyph::Undo:
    case Glyph::Redo: {
        p.save();
        if (g == Glyph::Redo) {
            p.translate(s, 0);
            p.scale(-1, 1);
        }
        QPainterPath path;
        path.moveTo(s * 0.22, s * 0.40);
        path.lineTo(s * 0.62, s * 0.40);
        path.cubicTo(s * 0.95, s * 0.40, s * 0.95, s * 0.84, s * 0.62, s * 0.84);
        path.lineTo(s * 0.40, s * 0.84);
        p.drawPath(path);
        p.drawLine(QPointF(s * 0.22, s * 0.40), QPointF(s * 0.38, s * 0.24));
        p.drawLine(QPointF(s * 0.22, s * 0.40), QPointF(s * 0.38, s * 0.56));
        p.restore();
        break;
    }
    case Glyph::Search:
        p.drawEllipse(QRectF(s * 0.14, s * 0.14, s * 0.50, s * 0.50));
        p.drawLine(QPointF(s * 0.56, s * 0.56), QPointF(s * 0.86, s * 0.86));
        break;
    case Glyph::Filter: {
        QPainterPath funnel;
        funnel.moveTo(s * 0.12, s * 0.18);
        funnel.lineTo(s * 0.88, s * 0.18);
        funnel.lineTo(s * 0.58, s * 0.52);
        funnel.lineTo(s * 0.58, s * 0.84);
        funnel.lineTo(s * 0.42, s * 0.74);
        funnel.lineTo(s * 0.42, s * 0.52);
        funnel.closeSubpath();
        p.drawPath(funnel);
        break;
    }
    case Glyph::Segment:
        p.drawRoundedRect(QRectF(s * 0.12, s * 0.16, s * 0.76, s * 0.68), s * 0.08, s * 0.08);
        p.drawLine(QPointF(s * 0.26, s * 0.38), QPointF(s * 0.74, s * 0.38));
        p.drawLine(QPointF(s * 0.26, s * 0.52), QPointF(s * 0.62, s * 0.52));
        p.drawLine(QPointF(s * 0.26, s * 0.66), QPointF(s * 0.50, s * 0.66));
        break;
    case Glyph::Call: {
        QPainterPath path;
        path.moveTo(s * 0.22, s * 0.14);
        path.cubicTo(s * 0.08, s * 0.30, s * 0.30, s * 0.70, s * 0.70, s * 0.86);
        path.lineTo(s * 0.84, s * 0.72);
        path.lineTo(s * 0.66, s * 0.58);
        path.lineTo(s * 0.56, s * 0.66);
        path.cubicTo(s * 0.44, s * 0.60, s * 0.38, s * 0.52, s * 0.34, s * 0.44);
        path.lineTo(s * 0.42, s * 0.34);
        path.lineTo(s * 0.30, s * 0.14);
        path.closeSubpath();
        p.setBrush(ink);
        p.drawPath(path);
        break;
    }
    case Glyph::Email:
        p.drawRoundedRect(QRectF(s * 0.10, s * 0.22, s * 0.80, s * 0.56), s * 0.06, s * 0.06);
        p.drawLine(QPointF(s * 0.12, s * 0.26), QPointF(s * 0.5, s * 0.54));
        p.drawLine(QPointF(s * 0.88, s * 0.26), QPointF(s * 0.5, s * 0.54));
        break;
    case Glyph::Meeting:
        p.drawRoundedRect(QRectF(s * 0.12, s * 0.20, s * 0.76, s * 0.66), s * 0.06, s * 0.06);
        p.drawLine(QPointF(s * 0.12, s * 0.38), QPointF(s * 0.88, s * 0.38));
        p.drawLine(QPointF(s * 0.32, s * 0.10), QPointF(s * 0.32, s * 0.26));
        p.drawLine(QPointF(s * 0.68, s * 0.10), QPointF(s * 0.68, s * 0.26));
        break;
    case Glyph::Note:
        p.drawRoundedRect(QRectF(s * 0.18, s * 0.10, s * 0.64, s * 0.80), s * 0.06, s * 0.06);
        p.drawLine(QPointF(s * 0.30, s * 0.32), QPointF(s * 0.70, s * 0.32));
        p.drawLine(QPointF(s * 0.30, s * 0.48), QPointF(s * 0.70, s * 0.48));
        p.drawLine(QPointF(s * 0.30, s * 0.64), QPointF(s * 0.56, s * 0.64));
        break;
    case Glyph::Stage:
        p.drawLine(QPointF(s * 0.12, s * 0.5), QPointF(s * 0.80, s * 0.5));
        p.drawLine(QPointF(s * 0.60, s * 0.30), QPointF(s * 0.82, s * 0.5));
        p.drawLine(QPointF(s * 0.60, s * 0.70), QPointF(s * 0.82, s * 0.5));
        break;
    case Glyph::Open:
        p.drawLine(QPointF(s * 0.10, s * 0.24), QPointF(s * 0.40, s * 0.24));
        p.drawLine(QPointF(s * 0.40, s * 0.24), QPointF(s * 0.48, s * 0.32));
        p.drawRoundedRect(QRectF(s * 0.10, s * 0.32, s * 0.80, s * 0.50), s * 0.04, s * 0.04);
        break;
    case Glyph::NewWorkspace:
        p.drawRoundedRect(QRectF(s * 0.20, s * 0.10, s * 0.60, s * 0.80), s * 0.06, s * 0.06);
        p.drawLine(QPointF(s * 0.5, s * 0.34), QPointF(s * 0.5, s * 0.66));
        p.drawLine(QPointF(s * 0.34, s * 0.5), QPointF(s * 0.66, s * 0.5));
        break;
    case Glyph::Backup:
        p.drawEllipse(QRectF(s * 0.16, s * 0.16, s * 0.68, s * 0.68));
        p.drawLine(QPointF(s * 0.5, s * 0.30), QPointF(s * 0.5, s * 0.52));
        p.drawLine(QPointF(s * 0.5, s * 0.52), QPointF(s * 0.66, s * 0.62));
        break;
    case Glyph::Settings: {
        p.drawEllipse(QRectF(s * 0.36, s * 0.36, s * 0.28, s * 0.28));
        for (int i = 0; i < 8; ++i) {
            p.save();
            p.translate(s * 0.5, s * 0.5);
            p.rotate(i * 45.0);
            p.drawLine(QPointF(0, s * 0.22), QPointF(0, s * 0.38));
            p.restore();
        }
        break;
    }
    case Glyph::Scoring:
        // A gauge: an arc, its needle towards "hot".
        p.drawArc(QRectF(s * 0.12, s * 0.22, s * 0.76, s * 0.76), 0, 180 * 16);
        p.setPen(QPen(accent, std::max(1.5, s / 9.0), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.5, s * 0.6), QPointF(s * 0.74, s * 0.36));
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(QPointF(s * 0.5, s * 0.6), s * 0.07, s * 0.07);
        break;
    case Glyph::Demo:
        p.setBrush(ink);
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(s * 0.14, s * 0.54, s * 0.16, s * 0.32));
        p.drawRect(QRectF(s * 0.42, s * 0.34, s * 0.16, s * 0.52));
        p.setBrush(accent);
        p.drawRect(QRectF(s * 0.70, s * 0.14, s * 0.16, s * 0.72));
        break;
    case Glyph::Dashboard:
        // A pie chart with one slice taken out.
        p.drawEllipse(QRectF(s * 0.12, s * 0.16, s * 0.7, s * 0.7));
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawPie(QRectF(s * 0.2, s * 0.1, s * 0.7, s * 0.7), 0, 90 * 16);
        break;
    }
}

QPixmap render(Glyph g, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    draw(p, g, size);
    return pm;
}

} // namespace

QIcon icon(Glyph glyph)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(glyph));
    if (it != cache.constEnd())
        return *it;
    QIcon result;
    if (const char *name = themeName(glyph); name && QIcon::hasThemeIcon(QString::fromLatin1(name)))
        result = QIcon::fromTheme(QString::fromLatin1(name));
    if (result.isNull()) {
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
            result.addPixmap(render(glyph, size));
    }
    cache.insert(int(glyph), result);
    return result;
}

} // namespace Icons
