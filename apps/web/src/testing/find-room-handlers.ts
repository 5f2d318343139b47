import { Availability, SpaceList, type Space } from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import { apiUrl, problemResponse } from "./handlers";

type Segments = Availability["spaces"][number]["segments"];

export interface FindRoomApi {
  spaces: Space[];
  /** Each space's segments; a space not listed is free for the whole range. */
  segments?: Record<string, Segments>;
  /** Answer the availability with this error instead. */
  availabilityStatus?: number;
}

/**
 * GET /spaces and GET /availability as the API answers them, parsed by the contracts; `requests` records
 * the query of each call.
 */
export function findRoomHandlers(api: FindRoomApi) {
  const requests: { path: string; query: Record<string, string> }[] = [];
  const handlers = [
    http.get(apiUrl("/spaces"), ({ request }) => {
      const query = Object.fromEntries(new URL(request.url).searchParams);
      requests.push({ path: "/spaces", query });
      const spaces = api.spaces.filter((space) => !query.centreId || space.centreId === query.centreId);
      return HttpResponse.json(SpaceList.parse(spaces));
    }),
    http.get(apiUrl("/availability"), ({ request }) => {
      const query = Object.fromEntries(new URL(request.url).searchParams);
      requests.push({ path: "/availability", query });
      if (api.availabilityStatus) return problemResponse(api.availabilityStatus, "internal_error");
      const { centreId = "", from = "", to = "" } = query;
      const spaces = api.spaces
        .filter((space) => space.centreId === centreId)
        .map((space) => ({
          spaceId: space.id,
          segments: api.segments?.[space.id] ?? [{ start: from, end: to, state: "free" as const }],
        }));
      return HttpResponse.json(Availability.parse({ from, to, spaces }));
    }),
  ];
  return { handlers, requests };
}
