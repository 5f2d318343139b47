import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Alternative, CreateBooking } from "@sambruk/contracts";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { errorMessage } from "../../../lib/error-message";
import type { BookingOutcome } from "../api/create-booking";
import { formatWhen } from "../utils/format-when";
import { AlternativeList } from "./alternative-list";
import { FindingGroups } from "./finding-groups";

export type SubmitResult = BookingOutcome | { kind: "error"; error: unknown };

interface BookingResultProps {
  result: SubmitResult;
  /** Where "Mine bookinger" and "Logg inn igjen" lead. */
  myBookingsHref: string;
  loginHref: string;
  onTakeAlternative: (alternative: Alternative) => void;
  /** The booking that met a taken time (409), for `onTaken`. */
  sentRequest?: CreateBooking | undefined;
  /** What the page offers beside the alternatives when the time is taken, e.g. joining the waitlist. */
  onTaken?: ((request: CreateBooking) => ReactNode) | undefined;
}

const COLORS = {
  confirmed: "success",
  requested: "info",
  refused: "danger",
  conflict: "warning",
  session_expired: "warning",
  too_many_requests: "warning",
  error: "danger",
} as const;

/** What came of sending the booking; focus moves here so the answer is the next thing read. */
export function BookingResult({ result, myBookingsHref, loginHref, onTakeAlternative, sentRequest, onTaken }: BookingResultProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, [result]);

  const frame = (heading: string, body: ReactNode) => (
    <section ref={panel} tabIndex={-1} aria-labelledby={headingId} className="booking-result">
      <Alert data-color={COLORS[result.kind]}>
        <Heading level={2} data-size="xs" id={headingId}>
          {heading}
        </Heading>
        {body}
      </Alert>
    </section>
  );
  const link = (to: string, text: string) => (
    <Paragraph>
      <Link asChild>
        <RouterLink to={to}>{text}</RouterLink>
      </Link>
    </Paragraph>
  );

  switch (result.kind) {
    case "confirmed":
    case "requested": {
      const { booking } = result;
      const text = { title: booking.title ?? "", when: formatWhen(booking.start, booking.end, i18n.language) };
      const confirmed = result.kind === "confirmed";
      return frame(
        t(confirmed ? "bookingForm.result.confirmedHeading" : "bookingForm.result.requestedHeading"),
        <>
          <Paragraph>{t(confirmed ? "bookingForm.result.confirmedText" : "bookingForm.result.requestedText", text)}</Paragraph>
          <FindingGroups findings={booking.findings} level={3} />
          {link(myBookingsHref, t("bookingForm.result.myBookings"))}
        </>,
      );
    }
    case "refused":
      return frame(
        t("bookingForm.result.refusedHeading"),
        <>
          <Paragraph>{t("bookingForm.result.refusedText")}</Paragraph>
          <FindingGroups findings={result.findings} level={3} />
        </>,
      );
    case "conflict":
      return frame(
        t("bookingForm.result.conflictHeading"),
        <>
          <Paragraph>{t("bookingForm.result.conflictText")}</Paragraph>
          {result.alternatives.length > 0 ? (
            <AlternativeList alternatives={result.alternatives} onTake={onTakeAlternative} label={t("bookingForm.findings.alternatives")} />
          ) : (
            <Paragraph>{t("bookingForm.result.noAlternatives")}</Paragraph>
          )}
          {sentRequest && onTaken?.(sentRequest)}
        </>,
      );
    case "session_expired":
      return frame(
        t("bookingForm.result.sessionHeading"),
        <>
          <Paragraph>{t("bookingForm.result.sessionText")}</Paragraph>
          {link(loginHref, t("bookingForm.result.loginAgain"))}
        </>,
      );
    case "too_many_requests":
      return frame(
        t("bookingForm.result.tooManyHeading"),
        <Paragraph>
          {result.retryAfterSeconds === null
            ? t("bookingForm.result.tooManyNoWait")
            : t("bookingForm.result.tooManyWait", { seconds: result.retryAfterSeconds })}
        </Paragraph>,
      );
    case "error":
      return frame(
        t("bookingForm.result.errorHeading"),
        <>
          <Paragraph>{errorMessage(t, result.error)}</Paragraph>
          <Paragraph>{t("bookingForm.result.errorKept")}</Paragraph>
        </>,
      );
  }
}
