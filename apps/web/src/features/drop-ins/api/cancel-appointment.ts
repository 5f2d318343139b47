import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CancelledAppointment } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { dropInKeys } from "../../../lib/queries/drop-ins";
import { appointmentKeys } from "./appointment-keys";

export type Cancelled = ReturnType<(typeof CancelledAppointment)["parse"]>;

export interface CancelAppointmentVariables {
  id: string;
  /** The token from the receipt's link. */
  token: string;
}

/** DELETE /appointments/{id}?token=: the slot is free again. */
export function cancelAppointment({ id, token }: CancelAppointmentVariables): Promise<Cancelled> {
  const search = new URLSearchParams({ token }).toString();
  return apiSend("DELETE", `/appointments/${encodeURIComponent(id)}?${search}`, undefined, CancelledAppointment);
}

export function useCancelAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelAppointment,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: dropInKeys.lists() });
      await queryClient.invalidateQueries({ queryKey: appointmentKeys.all });
    },
  });
}
