/** Query keys of the offers feature. An offer is opened by its link's token, not by a session. */
export const offerKeys = {
  all: ["offers"] as const,
  detail: (id: string, token: string) => [...offerKeys.all, "detail", id, token] as const,
};
