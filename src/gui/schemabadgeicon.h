// SchemaBadgeIcon: the small tag the message table puts before a key or value it shows decoded
// from the schema registry's format: a rounded frame with the schema type's letter (A for Avro,
// P for Protobuf, J for JSON Schema), so a decoded record is told from a value that was JSON
// text to begin with. Drawn when painted, in the palette's muted colour of that moment.
#pragma once

#include "registeredschema.h"

#include <QIcon>
#include <QIconEngine>

class SchemaBadgeIcon final : public QIconEngine
{
public:
    explicit SchemaBadgeIcon(SchemaType type);

    // The badge of type (one icon per type, made once).
    static QIcon icon(SchemaType type);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    SchemaType m_type;
};
