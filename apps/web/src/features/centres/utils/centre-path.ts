/** The client route of a centre's page. */
export function centrePath(id: string): string {
  return `/sentre/${encodeURIComponent(id)}`;
}
