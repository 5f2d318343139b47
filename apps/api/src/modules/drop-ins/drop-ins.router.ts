import { Router, type RequestHandler } from "express";
import {
  AppointmentPathParams,
  AppointmentReceipt,
  CancelAppointmentQuery,
  CancelledAppointment,
  DropInList,
  DropInPathParams,
  DropInQuery,
  StaffAppointmentList,
  StaffAppointmentsQuery,
  TakeAppointment,
} from "@sambruk/contracts";
import { requestIdOf, type ActorResolver } from "../../http/actor";
import { requireJsonBody } from "../../http/preconditions";
import { parseRequest } from "../../http/problem";
import { cancelAppointment } from "./cancel-appointment";
import type { DropInsDeps } from "./drop-ins.deps";
import { listAppointments } from "./list-appointments";
import { listDropIns } from "./list-drop-ins";
import { takeAppointment } from "./take-appointment";

/** Drop-in hours: public to read and to take an appointment in (`appointmentLimit` counts those per address). */
export function dropInsRouter(deps: DropInsDeps, actors: ActorResolver, appointmentLimit: RequestHandler): Router {
  const router = Router();

  router.get("/dropins", async (req, res) => {
    const query = parseRequest(DropInQuery, req.query, "query");
    res.json(DropInList.parse(await listDropIns(deps, query)));
  });

  router.post("/dropins/:id/appointments", appointmentLimit, async (req, res) => {
    const actor = await actors.optional(req);
    const { id } = parseRequest(DropInPathParams, req.params, "params");
    requireJsonBody(req);
    const input = parseRequest(TakeAppointment, req.body, "body");
    const receipt = await takeAppointment(deps, { actor, dropInId: id, input, requestId: requestIdOf(req) });
    res.status(201).json(AppointmentReceipt.parse(receipt));
  });

  router.delete("/appointments/:id", async (req, res) => {
    const { id } = parseRequest(AppointmentPathParams, req.params, "params");
    const { token } = parseRequest(CancelAppointmentQuery, req.query, "query");
    const actor = await actors.optional(req);
    res.json(CancelledAppointment.parse(await cancelAppointment(deps, { actor, id, token, requestId: requestIdOf(req) })));
  });

  router.get("/appointments", async (req, res) => {
    const actor = await actors.require(req);
    const query = parseRequest(StaffAppointmentsQuery, req.query, "query");
    res.json(StaffAppointmentList.parse(await listAppointments(deps, actor, query)));
  });

  return router;
}
