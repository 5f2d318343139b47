import {
  ActivityTypeList,
  Block,
  BlockResult,
  BumpRefusedProblem,
  CreateBlock,
  CSRF_HEADER,
  DeskBookingCreated,
  DeskCreateBooking,
  DeskOrganisationList,
  PROBLEM_CONTENT_TYPE,
  problemType,
  SpaceList,
  type ActivityType,
  type BumpRefusal,
  type DeskBooking,
  type DeskOrganisation,
  type Space,
} from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import type { FakeSession } from "./auth-handlers";
import { buildDeskBooking } from "./desk-forms-factories";
import { testId } from "./factories";
import { apiUrl, problemResponse } from "./handlers";

interface DeskFormsApiOptions {
  organisations: DeskOrganisation[];
  activityTypes: ActivityType[];
  spaces: Space[];
  /** POST /desk/bookings; default: 201 with the booking and nothing bumped. */
  createBooking?: (request: DeskCreateBooking) => Response;
  /** The live bookings a block over any time would hit. */
  hits?: DeskBooking[];
}

/** 422 bump_refused with the given refusals, parsed with the contract. */
export function bumpRefusedResponse(refusals: BumpRefusal[]) {
  const body = BumpRefusedProblem.parse({
    type: problemType("bump_refused"),
    title: "A bump is refused",
    status: 422,
    code: "bump_refused",
    refusals,
  });
  return HttpResponse.json(body, { status: 422, headers: { "Content-Type": PROBLEM_CONTENT_TYPE } });
}

/** 201 of POST /desk/bookings: the booking made from `request` (confirmed, by the desk), and what it bumped. */
export function deskCreatedResponse(request: DeskCreateBooking, bumped: DeskBookingCreated["bumped"] = []) {
  const booking = buildDeskBooking({
    spaceId: request.spaceId,
    title: request.title,
    start: request.start,
    end: request.end,
    activityTypeId: request.activityTypeId,
    expectedAttendees: request.expectedAttendees,
    organisation: { id: request.organisationId, name: "Biblioteket" },
    source: "front_desk",
  });
  return HttpResponse.json(DeskBookingCreated.parse({ booking, bumped }), { status: 201 });
}

/**
 * The desk forms' endpoints over `session`, with the API's session and CSRF checks; every body is parsed with the
 * contracts. Records the bookings and blocks sent.
 */
export function deskFormsHandlers(session: FakeSession, options: DeskFormsApiOptions) {
  const bookings: { request: DeskCreateBooking; idempotencyKey: string | null }[] = [];
  const blocks: CreateBlock[] = [];
  const guard = (request: Request) => {
    if (!session.me) return problemResponse(401, "authentication_required");
    if (request.method !== "GET" && request.headers.get(CSRF_HEADER) !== session.me.csrfToken) return problemResponse(403, "csrf_token_invalid");
    return null;
  };
  const handlers = [
    http.get(apiUrl("/desk/organisations"), ({ request }) => guard(request) ?? HttpResponse.json(DeskOrganisationList.parse(options.organisations))),
    http.get(apiUrl("/activity-types"), () => HttpResponse.json(ActivityTypeList.parse(options.activityTypes))),
    http.get(apiUrl("/spaces"), ({ request }) => {
      const centreId = new URL(request.url).searchParams.get("centreId");
      return HttpResponse.json(SpaceList.parse(options.spaces.filter((space) => space.centreId === centreId)));
    }),
    http.post(apiUrl("/desk/bookings"), async ({ request }) => {
      const failure = guard(request);
      if (failure) return failure;
      const body = DeskCreateBooking.parse(await request.json());
      bookings.push({ request: body, idempotencyKey: request.headers.get("Idempotency-Key") });
      return options.createBooking?.(body) ?? deskCreatedResponse(body);
    }),
    http.post(apiUrl("/desk/blocks"), async ({ request }) => {
      const failure = guard(request);
      if (failure) return failure;
      const body = CreateBlock.parse(await request.json());
      blocks.push(body);
      const hits = (options.hits ?? []).filter((hit) => !body.spaceId || hit.spaceId === body.spaceId);
      if (body.dryRun) return HttpResponse.json(BlockResult.parse({ block: null, hits, cancelled: [] }));
      const cancel = new Set(body.cancel ?? []);
      const block = Block.parse({ id: testId(), centreId: body.centreId, spaceId: body.spaceId ?? null, start: body.start, end: body.end, reason: body.reason });
      const result = {
        block,
        hits: hits.filter((hit) => !cancel.has(hit.id)),
        cancelled: hits.filter((hit) => cancel.has(hit.id)).map((hit) => ({ ...hit, status: "cancelled", statusReason: "blocked" })),
      };
      return HttpResponse.json(BlockResult.parse(result), { status: 201 });
    }),
  ];
  return { handlers, bookings, blocks };
}
