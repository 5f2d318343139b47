import { QueryClient } from "@tanstack/react-query";
import { isRetryable } from "./api-error";

const MAX_RETRIES = 2;

/** The app's QueryClient: retries only what could succeed on a second try (no 4xx, no contract errors). */
export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  const retryEnabled = options.retry ?? true;
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failureCount, error) => retryEnabled && failureCount < MAX_RETRIES && isRetryable(error),
      },
    },
  });
}
