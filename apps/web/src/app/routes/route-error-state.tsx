import { useRevalidator, useRouteError } from "react-router";
import { ErrorState } from "../../components/ui/error-state";
import { isRetryable } from "../../lib/api-error";

/** The error a route's loader or page threw, translated; "try again" runs the loaders again. */
export function RouteErrorState() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const retry = isRetryable(error) ? () => void revalidator.revalidate() : undefined;
  return <ErrorState error={error} onRetry={retry} retrying={revalidator.state === "loading"} />;
}
