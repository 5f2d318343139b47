// What the Express app really routes, read from its router stack (Express 5 / router 2). Used by the
// test that holds the route registry in the contracts to the app.

export interface ServedRoute {
  method: string;
  /** OpenAPI style: /api/v1/centres/{id}. */
  path: string;
}

interface RouteLike {
  path: unknown;
  methods: Record<string, boolean>;
}

interface LayerLike {
  route?: RouteLike;
  handle?: unknown;
  rawPath?: unknown;
}

/** Every method and literal path the app routes, mounted routers included. */
export function servedRoutes(app: { router: { stack: readonly unknown[] } }): ServedRoute[] {
  return walk(app.router.stack, "");
}

function walk(stack: readonly unknown[], prefix: string): ServedRoute[] {
  return stack.flatMap((layer): ServedRoute[] => {
    if (!isLayer(layer)) return [];
    const { route } = layer;
    if (route) {
      if (typeof route.path !== "string") return [];
      const path = toOpenApiPath(join(prefix, route.path));
      return Object.keys(route.methods)
        .filter((method) => route.methods[method])
        .map((method) => ({ method, path }));
    }
    const nested = stackOf(layer.handle);
    return nested && typeof layer.rawPath === "string" ? walk(nested, join(prefix, layer.rawPath)) : [];
  });
}

function isLayer(value: unknown): value is LayerLike {
  return typeof value === "object" && value !== null;
}

function stackOf(handle: unknown): readonly unknown[] | undefined {
  if (typeof handle !== "function" || !("stack" in handle)) return undefined;
  return Array.isArray(handle.stack) ? handle.stack : undefined;
}

function join(prefix: string, path: string): string {
  const joined = `${prefix}/${path}`.replace(/\/+/g, "/");
  return joined.length > 1 ? joined.replace(/\/$/, "") : joined;
}

/** Express's /:id is OpenAPI's /{id}. */
function toOpenApiPath(path: string): string {
  return path.replace(/:(\w+)/g, "{$1}");
}
