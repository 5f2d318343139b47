import { queryOptions, useQuery } from "@tanstack/react-query";
import { DeskOrganisationList, type DeskOrganisation } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { deskFormsKeys } from "./desk-forms-keys";

/** GET /desk/organisations: every organisation the desk can book for. */
export function getOrganisations(signal?: AbortSignal): Promise<DeskOrganisation[]> {
  return apiGet("/desk/organisations", DeskOrganisationList, signal);
}

export function organisationsQueryOptions() {
  return queryOptions({ queryKey: deskFormsKeys.organisations(), queryFn: ({ signal }) => getOrganisations(signal), staleTime: 5 * 60_000 });
}

export function useOrganisations() {
  return useQuery(organisationsQueryOptions());
}
