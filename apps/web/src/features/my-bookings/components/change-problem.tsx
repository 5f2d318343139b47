import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { ConflictProblem, RefusedProblem, type Alternative, type BookingDetail } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../lib/api-error";
import { dateLocale } from "../../../lib/date-locale";
import { errorMessage } from "../../../lib/error-message";
import { formatBookingTime } from "../utils/format-booking-time";
import { FindingList } from "./finding-list";

interface ChangeProblemProps {
  error: unknown;
  booking: BookingDetail;
  busy: boolean;
  onTakeAlternative: (alternative: Alternative) => void;
  onReload: () => void;
}

/** Why a change was not saved, and the way on: 409 free times to take, 412 reload, 422 the rules in words. */
export function ChangeProblem({ error, booking, busy, onTakeAlternative, onReload }: ChangeProblemProps) {
  const { t, i18n } = useTranslation();
  const problem = error instanceof ApiProblem ? error : null;
  const conflict = problem?.code === "booking_conflict" ? ConflictProblem.safeParse(problem.body).data : undefined;
  const refused = problem?.code === "booking_refused" ? RefusedProblem.safeParse(problem.body).data : undefined;

  if (conflict) {
    // A booking moves only within its centre.
    const alternatives = conflict.alternatives.filter((alternative) => alternative.centreId === booking.centreId);
    const locale = dateLocale(i18n.resolvedLanguage);
    return (
      <Alert data-color="warning" role="alert">
        <Heading level={3} data-size="xs">
          {t("bookingActions.conflictHeading")}
        </Heading>
        <Paragraph>{t(alternatives.length > 0 ? "bookingActions.conflictIntro" : "bookingActions.noAlternatives")}</Paragraph>
        {alternatives.length > 0 && (
          <ul aria-label={t("bookingActions.alternativesLabel")}>
            {alternatives.map((alternative) => {
              const when = formatBookingTime(alternative.start, alternative.end, locale);
              const where =
                alternative.spaceId === booking.spaceId
                  ? t("bookingActions.sameSpace")
                  : t("bookingActions.otherSpace", { id: alternative.spaceId });
              return (
                <li key={`${alternative.spaceId}-${alternative.start}`}>
                  {when}, {where}{" "}
                  <Button
                    type="button"
                    variant="secondary"
                    data-size="sm"
                    disabled={busy}
                    aria-label={t("bookingActions.takeAlternativeLabel", { when, where })}
                    onClick={() => {
                      onTakeAlternative(alternative);
                    }}
                  >
                    {t("bookingActions.takeAlternative")}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </Alert>
    );
  }

  if (refused) {
    return (
      <Alert data-color="danger" role="alert">
        <Heading level={3} data-size="xs">
          {t("bookingActions.refusedHeading")}
        </Heading>
        <FindingList findings={refused.findings} />
      </Alert>
    );
  }

  const stale = problem?.code === "precondition_failed";
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={3} data-size="xs">
        {t(stale ? "bookingActions.staleHeading" : "bookingActions.saveFailed")}
      </Heading>
      <Paragraph>{errorMessage(t, error)}</Paragraph>
      {stale && (
        <Button type="button" variant="secondary" data-size="sm" onClick={onReload}>
          {t("bookingActions.reload")}
        </Button>
      )}
    </Alert>
  );
}
