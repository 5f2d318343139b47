// The wire: zod schemas of every request and response, written by hand. The API validates with them,
// the web parses with them, the OpenAPI document is generated from them.
export * from "./problem";
export * from "./common";
export * from "./centres";
export * from "./health";
export * from "./spaces";
export * from "./availability";
export * from "./bookings";
export * from "./api";
export * from "./catalogue";
export * from "./rules";
export * from "./auth";
export * from "./organisations";
export * from "./audit";
export * from "./programme";
export * from "./booking-context";
export * from "./drop-ins";
export * from "./series";
export * from "./calendar-feeds";
export * from "./desk";
export * from "./desk-moves";
export * from "./waitlist";
export * from "./notifications";
