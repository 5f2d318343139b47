import { useMutation, useQueryClient } from "@tanstack/react-query";
import { AppointmentReceipt, type TakeAppointment } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { dropInKeys } from "../../../lib/queries/drop-ins";

export interface TakeAppointmentVariables {
  dropInId: string;
  request: TakeAppointment;
}

/** POST /dropins/{id}/appointments: one slot, in one mode; a name and phone unless signed in. 201: the receipt. */
export function takeAppointment({ dropInId, request }: TakeAppointmentVariables): Promise<AppointmentReceipt> {
  return apiSend("POST", `/dropins/${encodeURIComponent(dropInId)}/appointments`, request, AppointmentReceipt);
}

/** Taken or not (409 when someone was first), the free slots have changed: the lists are fetched again. */
export function useTakeAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: takeAppointment,
    onSettled: () => queryClient.invalidateQueries({ queryKey: dropInKeys.lists() }),
  });
}
