import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { namedSchemas } from "@sambruk/contracts";

export type JsonSchema = z.core.JSONSchema.BaseSchema;
export type Io = "input" | "output";

const COMPONENTS = "#/components/schemas/";
const nameOf = new Map<z.ZodType, string>(Object.entries(namedSchemas).map(([name, { schema }]) => [schema, name]));

export interface ConvertedSchemas {
  /** components.schemas: the named schemas as responses show them. */
  readonly components: Record<string, JsonSchema>;
  /** A schema as a request (`input`) or a response (`output`) carries it: a $ref when it is named. */
  of(schema: z.ZodType, io: Io): JsonSchema;
}

/**
 * Converts the contracts to JSON Schema 2020-12, the dialect of OpenAPI 3.1, with zod's own converter.
 * Requests are converted as zod parses them (input: before transforms and coercion), responses as zod
 * produces them (output). Named schemas are converted once, as responses show them; a request that
 * uses a named schema which reads differently as input would be described wrongly, so that throws.
 * (Query objects are converted both ways: see the comma-separated lists in operation.ts.)
 */
export function convertSchemas(requests: readonly z.ZodType[], responses: readonly z.ZodType[]): ConvertedSchemas {
  const output = convert(responses, "output");
  const input = convert(requests, "input");
  for (const name of referencedNames(requests.map((schema) => input.of(schema)), input.schemas)) {
    if (!isDeepStrictEqual(input.schemas[name], output.schemas[name])) {
      throw new Error(`The named schema ${name} reads differently in a request than in a response; name the request's variant separately.`);
    }
  }
  const components = Object.fromEntries(Object.keys(namedSchemas).map((name) => [name, required(output.schemas, name)]));
  return { components, of: (schema, io) => (io === "input" ? input : output).of(schema) };
}

function convert(schemas: readonly z.ZodType[], io: Io) {
  const registry = z.registry<{ id: string; description?: string }>();
  for (const [name, { schema, description }] of Object.entries(namedSchemas)) registry.add(schema, { id: name, description });
  const inline = new Map<z.ZodType, string>();
  for (const schema of schemas) {
    if (registry.has(schema)) continue;
    const id = `inline-${inline.size}`;
    inline.set(schema, id);
    registry.add(schema, { id });
  }
  const converted = z.toJSONSchema(registry, { target: "draft-2020-12", io, uri: (id) => COMPONENTS + id, metadata: registry });
  const all = inlineInlineRefs(
    Object.fromEntries(Object.entries(converted.schemas).map(([id, schema]) => [id, spellOutRecords(withoutIdentity(schema))])),
  );
  const of = (schema: z.ZodType): JsonSchema => {
    const name = nameOf.get(schema);
    if (name) return { $ref: COMPONENTS + name };
    const id = inline.get(schema);
    if (!id) throw new Error("A schema was not collected before conversion.");
    return required(all, id);
  };
  return { schemas: all, of };
}

/**
 * A route's own schema is registered under an "inline-N" id so that zod converts it once; where it also appears
 * inside another schema, zod refers to that id, which is no component. Such references are written out in place.
 */
function inlineInlineRefs(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const inlinePrefix = `${COMPONENTS}inline-`;
  const expand = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(expand);
    if (typeof value !== "object" || value === null) return value;
    const { $ref: ref, ...rest } = value as Record<string, unknown>;
    const expanded = Object.fromEntries(Object.entries(rest).map(([key, child]) => [key, expand(child)]));
    if (typeof ref !== "string" || !ref.startsWith(inlinePrefix)) return ref === undefined ? expanded : { $ref: ref, ...expanded };
    return { ...(expand(required(schemas, ref.slice(COMPONENTS.length))) as JsonSchema), ...expanded };
  };
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, expand(schema) as JsonSchema]));
}

/** The names of every named schema reachable from `roots` through $refs. */
function referencedNames(roots: readonly JsonSchema[], schemas: Record<string, JsonSchema>): Set<string> {
  const names = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== "object" || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string" && child.startsWith(COMPONENTS)) {
        const name = child.slice(COMPONENTS.length);
        if (!names.has(name)) {
          names.add(name);
          visit(schemas[name]);
        }
      } else visit(child);
    }
  };
  roots.forEach(visit);
  return names;
}

/** In OpenAPI a schema sits inside the document: it needs neither $schema nor its own $id. */
function withoutIdentity(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

/**
 * zod writes a record over an enum (every key required) as propertyNames + additionalProperties +
 * required. Equivalent, and what OpenAPI tools understand: the keys as properties.
 */
function spellOutRecords(schema: JsonSchema): JsonSchema {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== "object" || value === null) return value;
    const object = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, walk(child)]));
    const { propertyNames: _keys, additionalProperties: values, required: keys, properties, ...rest } = object;
    const isExhaustiveRecord = _keys !== undefined && properties === undefined && Array.isArray(keys) && typeof values === "object";
    if (!isExhaustiveRecord) return object;
    return { ...rest, properties: Object.fromEntries(keys.map((key) => [String(key), values])), required: keys, additionalProperties: false };
  };
  return walk(schema) as JsonSchema;
}

function required(schemas: Record<string, JsonSchema>, id: string): JsonSchema {
  const schema = schemas[id];
  if (!schema) throw new Error(`No JSON Schema was generated for ${id}.`);
  return schema;
}
