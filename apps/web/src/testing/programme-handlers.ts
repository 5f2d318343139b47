import { Programme, ProgrammeQuery, SpaceList, SpaceQuery, type ProgrammeItem, type Space } from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import { apiUrl, problemResponse } from "./handlers";

/** The queries the fake programme endpoint answered, in order; for tests that check what was asked. */
export type ProgrammeRequests = ProgrammeQuery[];

/**
 * GET /programme over the given items, as the API answers: the query is parsed with the contract (a 400
 * problem otherwise), and the items are filtered by range, centre and audience.
 */
export function programmeHandlers(items: ProgrammeItem[], requests: ProgrammeRequests = []) {
  return [
    http.get(apiUrl("/programme"), ({ request }) => {
      const query = ProgrammeQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) return problemResponse(400, "validation_failed");
      requests.push(query.data);
      const { from, to, centreId, audience } = query.data;
      const found = items.filter(
        (item) =>
          Date.parse(item.start) < Date.parse(to) &&
          Date.parse(item.end) > Date.parse(from) &&
          (!centreId || item.centre.id === centreId) &&
          (!audience || item.audiences.includes(audience)),
      );
      return HttpResponse.json(Programme.parse(found));
    }),
  ];
}

/** GET /spaces?centreId= over the given spaces, the query parsed with the contract. */
export function spacesHandlers(spaces: Space[]) {
  return [
    http.get(apiUrl("/spaces"), ({ request }) => {
      const query = SpaceQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) return problemResponse(400, "validation_failed");
      const found = spaces.filter((space) => !query.data.centreId || space.centreId === query.data.centreId);
      return HttpResponse.json(SpaceList.parse(found));
    }),
  ];
}
