import type { ProgrammeQuery } from "@sambruk/contracts";

/** Query keys of the programme ("Hva skjer"); every key starts with `programmeKeys.all`. Public data. */
export const programmeKeys = {
  all: ["programme"] as const,
  lists: () => [...programmeKeys.all, "list"] as const,
  list: (query: ProgrammeQuery) => [...programmeKeys.lists(), query] as const,
};
