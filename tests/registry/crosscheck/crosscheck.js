#!/usr/bin/env node
// Test-only: an implementation of the schema registry wire format independent of TopicDesk's,
// to cross-check the bytes TopicDesk writes and reads. The registry client is the npm package
// @kafkajs/confluent-schema-registry (its HTTP API, references resolved through
// /subjects/S/versions/V); the codecs are the libraries it bundles (avsc, protobufjs, ajv). The
// framing is written here, because the package gets Protobuf's wrong: it writes no message
// indexes at all and reads them by skipping leading zero bytes.
//
//   node crosscheck.js encode   REGISTRY_URL SCHEMA_ID JSON [MESSAGE]   -> hex of the framed bytes
//   node crosscheck.js decode   REGISTRY_URL HEX                        -> the value as JSON
//   node crosscheck.js register REGISTRY_URL SUBJECT TYPE SCHEMA_FILE [REFS_JSON] -> the id
//
// REGISTRY_URL is the Confluent API base (e.g. http://127.0.0.1:P/apis/ccompat/v7), plain http
// or https with a CA the system trusts, without credentials. TYPE is AVRO, PROTOBUF or JSON.
// REFS_JSON is the registry's references array, e.g.
// '[{"name":"address.proto","subject":"address.proto","version":1}]'. HEX is the whole value,
// magic byte first, upper or lower case, spaces allowed. Output: one line on stdout; an error
// goes to stderr with exit status 1.
//
// Framing: byte 0x00, the schema id as a 4-byte big-endian integer, then for PROTOBUF the
// message indexes (zigzag varints: their count, then each; the first message of the file,
// [0], is the single byte 0x00), then the encoded value (JSON: the JSON text, UTF-8).
//
// JSON shapes, both ways:
//   AVRO      the Avro JSON encoding of the specification (avsc with wrapUnions): a union value
//             other than null is wrapped, {"int": 5}, {"string": "x"}, a record branch under
//             its full name {"t.Address": {...}}; null is null; bytes and fixed are strings of
//             code points 0-255 ("\u00ff"); enums are their symbol; long is a JSON number
//             (exact up to 2^53 only). Record fields come out in schema order.
//   PROTOBUF  like proto3's canonical JSON mapping: field names lowerCamelCase (protobufjs
//             turns first_name into firstName; input may use either), int64/uint64 as strings,
//             enums by name, bytes base64, fields at their default value left out (also in
//             repeated: an empty list is left out). MESSAGE (encode only) is the message's full
//             name, e.g. t.Person; default: the first message of the file. decode picks the
//             message from the indexes in the bytes.
//   JSON      the value itself; encode validates it against the schema first (draft-07
//             keywords, ajv 7) and writes JSON.stringify of it (no
//             spaces, keys in the order given).
'use strict';

const fs = require('fs');
const { SchemaRegistry } = require('@kafkajs/confluent-schema-registry');
const avro = require('avsc');
const protobuf = require('protobufjs');
const Ajv = require('ajv').default;

function fail(message) {
    process.stderr.write(`crosscheck: ${message}\n`);
    process.exit(1);
}

function usage() {
    fail('usage: crosscheck.js encode URL ID JSON [MESSAGE] | decode URL HEX | ' +
         'register URL SUBJECT AVRO|PROTOBUF|JSON SCHEMA_FILE [REFS_JSON]');
}

function registryFor(url) {
    return new SchemaRegistry({ host: url.replace(/\/+$/, ''), retry: { retries: 0 } });
}

// The registry's answer for an error, in one line.
function describe(error) {
    if (error && typeof error === 'object' && 'status' in error) {
        return `registry answered ${error.status}: ${error.message || ''}`;
    }
    return error && error.message ? error.message : String(error);
}

// The schema of id, with the texts of everything it references (dependencies first).
async function fetchSchema(registry, id) {
    const found = (await registry.api.Schema.find({ id })).data();
    const type = found.schemaType || 'AVRO';
    const main = { type, schema: found.schema, references: found.references || [] };
    const seen = new Set();
    const deps = [];
    const visit = async (references) => {
        for (const ref of references || []) {
            const key = `${ref.subject}/${ref.version}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const dep = (await registry.api.Subject.version(ref)).data();
            await visit(dep.references);
            deps.push({ name: ref.name, schema: dep.schema });
        }
    };
    await visit(main.references);
    return { ...main, deps };
}

// ----- Avro ---------------------------------------------------------------------------------

function avroType(schema) {
    const registry = {};
    const opts = { wrapUnions: true, registry };
    for (const dep of schema.deps) avro.Type.forSchema(JSON.parse(dep.schema), opts);
    return avro.Type.forSchema(JSON.parse(schema.schema), opts);
}

// ----- Protobuf -----------------------------------------------------------------------------

// The messages of one parsed file, in declaration order, with their index paths.
function messagePaths(namespace, prefix, out) {
    let index = 0;
    for (const nested of namespace.nestedArray) {
        if (nested instanceof protobuf.Type) {
            const path = prefix.concat(index++);
            out.push({ name: nested.fullName.replace(/^\./, ''), path });
            messagePaths(nested, path, out);
        } else if (nested instanceof protobuf.Namespace && !(nested instanceof protobuf.Enum)
                   && !(nested instanceof protobuf.Service)) {
            // A package level: its messages are top-level messages of the file.
            messagePaths(nested, prefix, out);
            // Keep counting across package levels of the same file.
            index = out.filter(m => m.path.length === prefix.length + 1).length;
        }
    }
    return out;
}

function protoSchema(schema) {
    // The file alone, for the message indexes (imports are not followed by parse).
    const file = protobuf.parse(schema.schema).root;
    const messages = messagePaths(file, [], []);
    if (messages.length === 0) fail('the Protobuf schema has no message');
    // Everything, for the types.
    const root = new protobuf.Root();
    protobuf.parse(schema.schema, root);
    for (const dep of schema.deps) protobuf.parse(dep.schema, root);
    root.resolveAll();
    return { root, messages };
}

function zigzag(n) { return (n << 1) ^ (n >> 31); }
function unzigzag(n) { return (n >>> 1) ^ -(n & 1); }

function writeVarint(n, out) {
    let v = n >>> 0;
    while (v > 0x7f) {
        out.push((v & 0x7f) | 0x80);
        v >>>= 7;
    }
    out.push(v);
}

function readVarint(buffer, pos) {
    let result = 0;
    let shift = 0;
    for (;;) {
        if (pos.at >= buffer.length) fail('truncated message indexes');
        const byte = buffer[pos.at++];
        result |= (byte & 0x7f) << shift;
        if ((byte & 0x80) === 0) return result >>> 0;
        shift += 7;
        if (shift > 28) fail('message index varint too long');
    }
}

function encodeIndexes(path) {
    if (path.length === 1 && path[0] === 0) return Buffer.from([0]);
    const out = [];
    writeVarint(zigzag(path.length), out);
    for (const i of path) writeVarint(zigzag(i), out);
    return Buffer.from(out);
}

function decodeIndexes(buffer, pos) {
    const count = unzigzag(readVarint(buffer, pos));
    if (count === 0) return [0];
    if (count < 0 || count > 100) fail(`bad message index count ${count}`);
    const path = [];
    for (let i = 0; i < count; ++i) path.push(unzigzag(readVarint(buffer, pos)));
    return path;
}

// Checks a JSON value against a message type the way a strict proto3 JSON parser would (unknown
// fields and wrong JSON types are errors; protobufjs's fromObject would drop or coerce them) and
// returns it with field names as protobufjs has them (lowerCamelCase). Throws the path of the
// first problem.
const camel = name => name.replace(/_([a-z0-9])/g, (m, c) => c.toUpperCase());

function protoNormalise(type, value, path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new Error(`${path || type.name}: expected an object`);
    }
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        const field = type.fields[key] || type.fields[camel(key)];
        const where = path ? `${path}.${key}` : key;
        if (!field) throw new Error(`${where}: no such field in ${type.fullName.replace(/^\./, '')}`);
        if (item === null || field.map) {
            out[field.name] = item;
        } else if (field.repeated) {
            if (!Array.isArray(item)) throw new Error(`${where}: expected a list`);
            out[field.name] = item.map((element, i) => protoElement(field, element, `${where}[${i}]`));
        } else {
            out[field.name] = protoElement(field, item, where);
        }
    }
    return out;
}

function protoElement(field, value, where) {
    const resolved = field.resolvedType;
    const ok = (good, what) => {
        if (!good) throw new Error(`${where}: expected ${what}`);
        return value;
    };
    if (resolved instanceof protobuf.Type) return protoNormalise(resolved, value, where);
    if (resolved instanceof protobuf.Enum) {
        return ok((typeof value === 'string' && value in resolved.values) || Number.isInteger(value),
                  `a value of ${resolved.name}`);
    }
    switch (field.type) {
    case 'string': return ok(typeof value === 'string', 'a string');
    case 'bytes': return ok(typeof value === 'string', 'base64 text');
    case 'bool': return ok(typeof value === 'boolean', 'true or false');
    case 'double': case 'float':
        return ok(typeof value === 'number' || ['NaN', 'Infinity', '-Infinity'].includes(value),
                  'a number');
    default: // the integer types; 64-bit ones usually as strings
        return ok(Number.isInteger(value) || (typeof value === 'string' && /^-?\d+$/.test(value)),
                  'an integer');
    }
}

const PROTO_JSON = { longs: String, enums: String, bytes: String, json: true };

// ----- commands -----------------------------------------------------------------------------

function frame(id, ...parts) {
    const header = Buffer.alloc(5);
    header.writeInt32BE(id, 1);
    return Buffer.concat([header, ...parts]);
}

async function encode(url, idText, jsonText, messageName) {
    const id = Number(idText);
    if (!Number.isInteger(id) || id < 0 || id > 0x7fffffff) fail(`bad schema id ${idText}`);
    let value;
    try {
        value = JSON.parse(jsonText);
    } catch (e) {
        fail(`the value is not JSON: ${e.message}`);
    }
    const schema = await fetchSchema(registryFor(url), id);
    let bytes;
    if (schema.type === 'AVRO') {
        const type = avroType(schema);
        const native = type.fromString(JSON.stringify(value));
        const paths = [];
        if (!type.isValid(native, { errorHook: p => paths.push(p.join('.')) })) {
            fail(`the value does not match the Avro schema at ${paths.join(', ')}`);
        }
        bytes = frame(id, type.toBuffer(native));
    } else if (schema.type === 'PROTOBUF') {
        const { root, messages } = protoSchema(schema);
        const wanted = messageName ? messageName.replace(/^\./, '') : messages[0].name;
        const entry = messages.find(m => m.name === wanted);
        if (!entry) fail(`no message ${wanted} in the schema (${messages.map(m => m.name).join(', ')})`);
        const type = root.lookupType(entry.name);
        let message;
        try {
            message = type.fromObject(protoNormalise(type, value, ''));
        } catch (e) {
            fail(`the value does not match ${entry.name}: ${e.message}`);
        }
        const problem = type.verify(message);
        if (problem) fail(`the value does not match ${entry.name}: ${problem}`);
        bytes = frame(id, encodeIndexes(entry.path), Buffer.from(type.encode(message).finish()));
    } else if (schema.type === 'JSON') {
        const ajv = new Ajv({ strict: false, allErrors: true });
        const validate = ajv.compile(JSON.parse(schema.schema));
        if (!validate(value)) fail(`the value does not match the JSON schema: ${ajv.errorsText(validate.errors)}`);
        bytes = frame(id, Buffer.from(JSON.stringify(value), 'utf8'));
    } else {
        fail(`unknown schema type ${schema.type}`);
    }
    process.stdout.write(bytes.toString('hex') + '\n');
}

async function decode(url, hex) {
    const clean = hex.replace(/\s+/g, '');
    if (!/^([0-9a-fA-F]{2})*$/.test(clean)) fail('HEX is not an even number of hex digits');
    const buffer = Buffer.from(clean, 'hex');
    if (buffer.length < 5) fail(`only ${buffer.length} bytes, the header alone is 5`);
    if (buffer[0] !== 0) fail(`magic byte is 0x${buffer[0].toString(16)}, not 0x00`);
    const id = buffer.readInt32BE(1);
    const schema = await fetchSchema(registryFor(url), id);
    let value;
    if (schema.type === 'AVRO') {
        const type = avroType(schema);
        value = JSON.parse(type.toString(type.fromBuffer(buffer.subarray(5))));
    } else if (schema.type === 'PROTOBUF') {
        const { root, messages } = protoSchema(schema);
        const pos = { at: 5 };
        const path = decodeIndexes(buffer, pos);
        const entry = messages.find(m => m.path.join('.') === path.join('.'));
        if (!entry) fail(`no message at indexes [${path.join(', ')}] in the schema`);
        const type = root.lookupType(entry.name);
        value = type.toObject(type.decode(buffer.subarray(pos.at)), PROTO_JSON);
    } else if (schema.type === 'JSON') {
        value = JSON.parse(buffer.subarray(5).toString('utf8'));
    } else {
        fail(`unknown schema type ${schema.type}`);
    }
    process.stdout.write(JSON.stringify(value) + '\n');
}

async function register(url, subject, type, file, refsText) {
    const schemaType = String(type).toUpperCase();
    if (!['AVRO', 'PROTOBUF', 'JSON'].includes(schemaType)) fail(`unknown schema type ${type}`);
    const body = { schema: fs.readFileSync(file, 'utf8') };
    if (schemaType !== 'AVRO') body.schemaType = schemaType;
    if (refsText) body.references = JSON.parse(refsText);
    const registry = registryFor(url);
    const answer = (await registry.api.Subject.register({ subject, body })).data();
    process.stdout.write(`${answer.id}\n`);
}

async function main(argv) {
    const [command, ...args] = argv;
    if (command === 'encode' && args.length >= 3 && args.length <= 4) return encode(...args);
    if (command === 'decode' && args.length === 2) return decode(...args);
    if (command === 'register' && args.length >= 4 && args.length <= 5) return register(...args);
    return usage();
}

main(process.argv.slice(2)).catch(error => fail(describe(error)));
