import { Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../lib/api-error";
import { errorMessage } from "../../../lib/error-message";

/** Why a change to a series was not saved; 412 says the series was loaded again. */
export function SeriesWriteProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const stale = error instanceof ApiProblem && error.status === 412;
  return <Paragraph>{stale ? t("series.page.stale") : errorMessage(t, error)}</Paragraph>;
}
