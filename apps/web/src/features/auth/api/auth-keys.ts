/** Query keys of the auth feature; every key starts with `authKeys.all`. */
export const authKeys = {
  all: ["auth"] as const,
  me: () => [...authKeys.all, "me"] as const,
  providers: () => [...authKeys.all, "providers"] as const,
  demoUsers: () => [...authKeys.all, "demo-users"] as const,
};
