// The problem documents of the appointment endpoints.
import { HttpProblem } from "../../http/problem";

export function appointmentTaken(): HttpProblem {
  return new HttpProblem(409, "appointment_taken", "Appointment taken", "Someone took this appointment first. Choose another time.");
}

export function appointmentUnavailable(detail: string): HttpProblem {
  return new HttpProblem(422, "appointment_unavailable", "Appointment unavailable", detail);
}

/** Without a session, the service needs a way to reach the resident: 400 naming each missing field. */
export function contactRequired(missing: readonly ("name" | "phone")[]): HttpProblem {
  return new HttpProblem(
    400,
    "validation_failed",
    "Invalid request",
    "A name and a phone number are needed unless you sign in.",
    missing.map((field) => ({ pointer: `/body/${field}`, code: "required", detail: `The ${field} is required without a session.` })),
  );
}
