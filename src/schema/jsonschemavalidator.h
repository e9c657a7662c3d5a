// JsonSchemaValidator: checks a JSON value against a JSON Schema (a draft-07 subset) and says
// where the first problem is, by its JSON path, in plain words ("$.items[2].price: must be a
// number, found a string").
//
// Checked: type (a name or a list; "integer" is any number without a fraction), properties,
// required, additionalProperties (true, false or a schema), patternProperties, propertyNames,
// minProperties/maxProperties, items (one schema or a list for a tuple), additionalItems,
// contains, minItems/maxItems, uniqueItems, enum, const, minimum/maximum, exclusiveMinimum/
// exclusiveMaximum (draft-06+ numbers, and draft-04's true/false beside minimum/maximum),
// multipleOf, minLength/maxLength (in Unicode code points), pattern (searched, not anchored, by
// QRegularExpression, Perl syntax, which agrees with ECMA 262 for the usual patterns), allOf,
// anyOf, oneOf, not, if/then/else, boolean schemas, and $ref: to a JSON pointer in the same
// document (#/definitions/X, #/$defs/X, ...) or to a referenced schema by its reference name
// (with an optional #/pointer after it). Keywords beside $ref are checked too (as 2019-09 does).
// Ignored: format, dependencies/dependentRequired/dependentSchemas, $anchor and $id-based
// references other than the schema's own $id, unevaluatedProperties/unevaluatedItems,
// contentEncoding/contentMediaType, and annotations (title, description, default, examples).
// An object's members are checked in the order of their names (QJsonObject keeps them sorted),
// so "the first problem" is the first by name, not by its place in the text.
// Numbers are compared as doubles: integers beyond 2^53 lose precision in the comparisons.
// Immutable once made; validate() may run on several threads at once.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>

#include <memory>

class JsonSchemaValidator
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchemaValidator)

public:
    // schema: the root schema; documents: other schemas its $refs name, by reference name.
    // Null with *error set when a $ref leads nowhere, a pattern is not a regular expression, or
    // the schema nests deeper than MaxDepth.
    static std::unique_ptr<const JsonSchemaValidator>
    create(const QJsonValue &schema, const QHash<QString, QJsonValue> &documents, QString *error);

    // The first problem of value, as "<JSON path>: <what is wrong>", or empty when it fits.
    QString validate(const QJsonValue &value) const;

    // Schemas and documents nested deeper than this (counting each $ref followed) are refused.
    static constexpr int MaxDepth = 200;

    struct Context;

private:
    JsonSchemaValidator() = default;
    bool walk(const QJsonValue &schema, const QString &document, int depth, QString *error);

    QJsonValue root_;
    QHash<QString, QJsonValue> documents_;
    QHash<QString, QRegularExpression> patterns_;
    friend struct Context;
};
