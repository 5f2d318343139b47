import type { TFunction } from "i18next";
import { ApiError, ApiProblem } from "./api-error";

/** The translated message for an error from the API (problem `code`s map to their own messages). */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiProblem) return t(`errors.code.${error.code}`);
  if (error instanceof ApiError) {
    switch (error.kind) {
      case "network":
        return t("errors.network");
      case "contract":
        return t("errors.contract");
      case "http":
        return t("errors.http", { status: error.status ?? "?" });
    }
  }
  return t("errors.unknown");
}
