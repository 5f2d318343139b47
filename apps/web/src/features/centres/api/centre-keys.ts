/** Query keys of the centres feature; every key starts with `centreKeys.all`. */
export const centreKeys = {
  all: ["centres"] as const,
  lists: () => [...centreKeys.all, "list"] as const,
  details: () => [...centreKeys.all, "detail"] as const,
  detail: (id: string) => [...centreKeys.details(), id] as const,
};
