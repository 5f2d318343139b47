import { queryOptions, useQuery } from "@tanstack/react-query";
import { StaffAppointmentList, type StaffAppointment } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { appointmentKeys } from "./appointment-keys";

/** GET /appointments?date=: the day's appointments (Oslo) in the windows the staff member sees in full. */
export function getStaffAppointments(date: string, signal?: AbortSignal): Promise<StaffAppointment[]> {
  return apiGet(`/appointments?${new URLSearchParams({ date }).toString()}`, StaffAppointmentList, signal);
}

export function staffAppointmentsQueryOptions(date: string) {
  return queryOptions({
    queryKey: appointmentKeys.day(date),
    queryFn: ({ signal }) => getStaffAppointments(date, signal),
  });
}

export function useStaffAppointments(date: string) {
  return useQuery(staffAppointmentsQueryOptions(date));
}
