import { Router, type RequestHandler, type Response } from "express";
import { CalendarFeedList, CalendarFeedPathParams, CalendarFeedTokenParams, CreateCalendarFeed, CreatedCalendarFeed, RevokedCalendarFeed } from "@sambruk/contracts";
import type { ActorResolver } from "../../http/actor";
import { requireJsonBody } from "../../http/preconditions";
import { parseRequest } from "../../http/problem";
import { centreCalendar, createFeed, listFeeds, revokeFeed, spaceCalendar, tokenCalendar, type IcalDeps } from "./ical.service";

function sendCalendar(res: Response, text: string, cacheControl: string): void {
  res.set("cache-control", cacheControl).type("text/calendar; charset=utf-8").send(text);
}

/** Public feeds of spaces and centres; personal feeds behind a token; the signed-in user's feeds. */
export function icalRouter(deps: IcalDeps, actors: ActorResolver, writeLimit: RequestHandler): Router {
  const router = Router();

  router.get("/spaces/:id.ics", async (req, res) => {
    const { id } = parseRequest(CalendarFeedPathParams, req.params, "params");
    sendCalendar(res, await spaceCalendar(deps, id), "public, max-age=300");
  });

  router.get("/centres/:id.ics", async (req, res) => {
    const { id } = parseRequest(CalendarFeedPathParams, req.params, "params");
    sendCalendar(res, await centreCalendar(deps, id), "public, max-age=300");
  });

  router.get("/feeds/:token.ics", async (req, res) => {
    const { token } = parseRequest(CalendarFeedTokenParams, req.params, "params");
    sendCalendar(res, await tokenCalendar(deps, token), "no-store");
  });

  router.post("/feeds", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    requireJsonBody(req);
    const { organisationId } = parseRequest(CreateCalendarFeed, req.body, "body");
    res.status(201).set("cache-control", "no-store").json(CreatedCalendarFeed.parse(await createFeed(deps, actor, organisationId ?? null)));
  });

  router.get("/feeds", async (req, res) => {
    const actor = await actors.require(req);
    res.json(CalendarFeedList.parse(await listFeeds(deps, actor)));
  });

  router.delete("/feeds/:id", async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(CalendarFeedPathParams, req.params, "params");
    res.json(RevokedCalendarFeed.parse(await revokeFeed(deps, actor, id)));
  });

  return router;
}
