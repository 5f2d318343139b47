import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../lib/api-error";
import { errorMessage } from "../../../lib/error-message";

/** Whether the booking changed under the desk's feet (someone else decided, or a newer version exists). */
export function isStale(error: unknown): boolean {
  return error instanceof ApiProblem && (error.status === 409 || error.status === 412);
}

/** A failed decision in words; when the booking changed meanwhile, also that the board was loaded again. */
export function DecisionProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{errorMessage(t, error)}</Paragraph>
      {isStale(error) && <Paragraph>{t("desk.reloaded")}</Paragraph>}
    </Alert>
  );
}
