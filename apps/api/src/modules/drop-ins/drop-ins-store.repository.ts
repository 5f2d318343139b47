// The drop-ins' unit of work: reads outside a transaction, an appointment's writes inside one with their audit event.
import type { PrismaClient } from "../../generated/prisma/client";
import { createAuditRepository, type AuditRepository } from "../audit/audit.repository";
import { createAppointmentsRepository, type AppointmentsRepository } from "./appointments.repository";
import { createDropInsRepository, type DropInsRepository } from "./drop-ins.repository";

export interface AppointmentWrites {
  appointments: AppointmentsRepository;
  audit: AuditRepository;
}

export interface DropInStore {
  windows: DropInsRepository;
  appointments: AppointmentsRepository;
  /** Runs the work in one database transaction: every write in it commits together, or none does. */
  transaction<T>(work: (writes: AppointmentWrites) => Promise<T>): Promise<T>;
}

export function createDropInStore(prisma: PrismaClient): DropInStore {
  return {
    windows: createDropInsRepository(prisma),
    appointments: createAppointmentsRepository(prisma),
    transaction: (work) => prisma.$transaction((tx) => work({ appointments: createAppointmentsRepository(tx), audit: createAuditRepository(tx) })),
  };
}
