import type { z } from "zod";
import { JSON_CONTENT_TYPE, requestHeaders, responseHeaders, type ApiResponse, type ApiRoute } from "@sambruk/contracts";
import type { ConvertedSchemas, JsonSchema } from "./json-schemas";
import type { OperationObject, ParameterObject, ResponseObject } from "./openapi-types";

export const ACTING_USER_SCHEME = "session";

/** Every zod schema a route reads from a request. */
export function requestSchemas(route: ApiRoute): z.ZodType[] {
  const headers = (route.headers ?? []).map(({ name }) => requestHeaders[name].schema);
  return [route.params, route.query, route.body, ...headers].filter((schema) => schema !== undefined);
}

/** Every zod schema a route answers with, and its query as parsed (to find comma-separated lists). */
export function responseSchemas(route: ApiRoute): z.ZodType[] {
  const responses = Object.values(route.responses).flatMap((response) => {
    const headers = (response?.headers ?? []).map((name) => responseHeaders[name].schema);
    return response ? [response.schema, ...headers] : [];
  });
  return route.query ? [...responses, route.query] : responses;
}

/** One route of the registry as an OpenAPI operation. */
export function toOperation(route: ApiRoute, schemas: ConvertedSchemas): OperationObject {
  const parameters = [
    ...objectParameters(route, "path", schemas),
    ...objectParameters(route, "query", schemas),
    ...(route.headers ?? []).map(({ name, required }): ParameterObject => {
      const { schema, description } = requestHeaders[name];
      return { name, in: "header", required, description, schema: schemas.of(schema, "input") };
    }),
  ];
  const responses = Object.fromEntries(
    Object.entries(route.responses).flatMap(([status, response]) => (response ? [[status, toResponse(response, schemas)]] : [])),
  );
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: route.description,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body ? { requestBody: { required: true, content: { [JSON_CONTENT_TYPE]: { schema: schemas.of(route.body, "input") } } } } : {}),
    responses,
    // An empty list says, explicitly, that anyone may call the operation.
    security: route.auth === "user" ? [{ [ACTING_USER_SCHEME]: [] }] : [],
  };
}

/** The properties of the route's path-params or query object, one parameter each. */
function objectParameters(route: ApiRoute, where: "path" | "query", schemas: ConvertedSchemas): ParameterObject[] {
  const object = where === "path" ? route.params : route.query;
  if (!object) return [];
  const converted = schemas.of(object, "input");
  const parsed = where === "query" ? schemas.of(object, "output").properties : undefined;
  const requiredNames = new Set(converted.required ?? []);
  return Object.entries(converted.properties ?? {}).map(([name, schema]) => ({
    name,
    in: where,
    required: where === "path" || requiredNames.has(name),
    ...(route.parameterDescriptions?.[name] ? { description: route.parameterDescriptions[name] } : {}),
    ...commaSeparated(asSchema(schema), parsed?.[name]),
  }));
}

/**
 * A query string the contract splits on commas into a list is, in OpenAPI terms, an array parameter
 * with style "form" and explode false (`status=confirmed,requested`).
 */
function commaSeparated(sent: JsonSchema, parsed: JsonSchema | boolean | undefined): Pick<ParameterObject, "schema" | "style" | "explode"> {
  const isList = sent.type === "string" && typeof parsed === "object" && parsed.type === "array";
  return isList ? { schema: parsed, style: "form", explode: false } : { schema: sent };
}

function toResponse(response: ApiResponse, schemas: ConvertedSchemas): ResponseObject {
  const schema = schemas.of(response.schema, "output");
  if (response.redirect) return { description: response.description, headers: { Location: { description: "Where the browser goes next.", schema } } };
  if (!response.codes) {
    const headers = Object.fromEntries(
      (response.headers ?? []).map((name) => {
        const { schema: header, description } = responseHeaders[name];
        return [name, { description, schema: schemas.of(header, "output") }];
      }),
    );
    return {
      description: response.description,
      ...(response.headers ? { headers } : {}),
      content: { [response.contentType]: { schema } },
    };
  }
  const codes = response.codes.map((code) => `\`${code}\``).join(", ");
  // The problem schema, narrowed to the codes this response can carry.
  const narrowed: JsonSchema = { allOf: [schema, { type: "object", properties: { code: { enum: [...response.codes] } } }] };
  return {
    description: `${response.description} Problem ${response.codes.length > 1 ? "codes" : "code"}: ${codes}.`,
    content: { [response.contentType]: { schema: narrowed } },
  };
}

function asSchema(value: JsonSchema | boolean): JsonSchema {
  if (typeof value === "boolean") throw new Error("A parameter's schema must be an object.");
  return value;
}
