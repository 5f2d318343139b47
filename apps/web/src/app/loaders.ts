import type { QueryClient } from "@tanstack/react-query";
import type { LoaderFunctionArgs } from "react-router";
import { providersQueryOptions } from "../features/auth/api/get-providers";
import { centreQueryOptions } from "../features/centres/api/get-centre";
import { centresQueryOptions } from "../features/centres/api/get-centres";

// Loaders make sure the query cache holds the page's data (fetching only when there is none; the page's
// own observer refreshes stale data). A failure goes to the route's error element, whose retry revalidates.

export function centresLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.query({ ...centresQueryOptions(), staleTime: "static" });
    return null;
  };
}

export function centreLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    await queryClient.query({ ...centreQueryOptions(params.id ?? ""), staleTime: "static" });
    return null;
  };
}

export function loginLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.query({ ...providersQueryOptions(), staleTime: "static" });
    return null;
  };
}
