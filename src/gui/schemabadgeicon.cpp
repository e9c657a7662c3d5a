#include "schemabadgeicon.h"

#include "statuscolours.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

SchemaBadgeIcon::SchemaBadgeIcon(SchemaType type)
    : m_type(type)
{}

QIcon SchemaBadgeIcon::icon(SchemaType type)
{
    static const QIcon avro(new SchemaBadgeIcon(SchemaType::Avro));
    static const QIcon protobuf(new SchemaBadgeIcon(SchemaType::Protobuf));
    static const QIcon json(new SchemaBadgeIcon(SchemaType::Json));
    switch (type) {
    case SchemaType::Avro:
        return avro;
    case SchemaType::Protobuf:
        return protobuf;
    case SchemaType::Json:
        break;
    }
    return json;
}

void SchemaBadgeIcon::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                            QIcon::State state)
{
    Q_UNUSED(state)
    const QPalette palette = QGuiApplication::palette();
    const QColor colour = mode == QIcon::Selected
                              ? palette.color(QPalette::HighlightedText)
                              : StatusColours::colour(StatusColours::Role::Muted, palette);
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF frame(rect.left() + (rect.width() - side) / 2 + 0.5,
                       rect.top() + (rect.height() - side) / 2 + 0.5, side - 1, side - 1);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, std::max(1.0, side / 14)));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(frame, side / 5, side / 5);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(std::max(6, int(side * 0.62)));
    painter->setFont(font);
    const char *letter = m_type == SchemaType::Avro       ? "A"
                         : m_type == SchemaType::Protobuf ? "P"
                                                          : "J";
    painter->drawText(frame, Qt::AlignCenter, QString::fromLatin1(letter));
    painter->restore();
}

QPixmap SchemaBadgeIcon::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine *SchemaBadgeIcon::clone() const
{
    return new SchemaBadgeIcon(m_type);
}

QString SchemaBadgeIcon::key() const
{
    return QStringLiteral("SchemaBadgeIcon");
}
