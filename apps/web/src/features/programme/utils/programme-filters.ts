import { Audience, Id } from "@sambruk/contracts";

/** The programme's filters as kept in the URL: `?sentre=<centre id>&for=<audience>`. */
export interface ProgrammeFilters {
  centreId: string | undefined;
  audience: Audience | undefined;
}

export const PROGRAMME_PATH = "/program";
const CENTRE_PARAM = "sentre";
const AUDIENCE_PARAM = "for";

/** Reads the filters from the URL; a value that is not valid is ignored (shows everything). */
export function readProgrammeFilters(params: URLSearchParams): ProgrammeFilters {
  const centre = Id.safeParse(params.get(CENTRE_PARAM));
  const audience = Audience.safeParse(params.get(AUDIENCE_PARAM));
  return {
    centreId: centre.success ? centre.data : undefined,
    audience: audience.success ? audience.data : undefined,
  };
}

export function programmeSearch(filters: ProgrammeFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.centreId) search.set(CENTRE_PARAM, filters.centreId);
  if (filters.audience) search.set(AUDIENCE_PARAM, filters.audience);
  return search;
}

/** The programme's client route, filtered to one centre when given. */
export function programmePath(filters: Partial<ProgrammeFilters> = {}): string {
  const search = programmeSearch({ centreId: filters.centreId, audience: filters.audience }).toString();
  return search ? `${PROGRAMME_PATH}?${search}` : PROGRAMME_PATH;
}
