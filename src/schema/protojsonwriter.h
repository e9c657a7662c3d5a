// ProtoJsonWriter: prints a Protobuf message as compact JSON by walking it with reflection, in
// Protobuf's JSON mapping (64-bit integers as strings, bytes as base64, enums by name, maps as
// objects, Timestamp, Duration, Struct, Value, ListValue and the wrappers in their JSON forms),
// with the .proto field names and every field without presence (proto3's plain fields, repeated
// fields and maps) printed even at its default. libprotobuf's own printer (util::
// MessageToJsonString) serialises the message again and builds type tables on every call, some
// ten times slower; ProtobufCodec uses this one for the types it handles and libprotobuf's for
// the rest (google.protobuf.Any and FieldMask) and for values this one will not print.
#pragma once

#include <QByteArray>

namespace google::protobuf {
class Descriptor;
class Message;
} // namespace google::protobuf

class ProtoJsonWriter
{
public:
    // Whether write() can print messages of type (no Any or FieldMask anywhere inside it).
    static bool handles(const google::protobuf::Descriptor *type);
    // The message as JSON; false (and *json unspecified) for a value Protobuf's JSON mapping has
    // no form for (a Timestamp or Duration out of range, a Value of no kind).
    static bool write(const google::protobuf::Message &message, QByteArray *json);
};
