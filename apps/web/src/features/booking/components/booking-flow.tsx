import { Button, Paragraph } from "@digdir/designsystemet-react";
import type { Alternative, CreateBooking, Me, SeriesInput } from "@sambruk/contracts";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { ApiProblem, isRetryable } from "../../../lib/api-error";
import { useActivityTypes } from "../../../lib/queries/activity-types";
import { useSpace } from "../api/get-space";
import { useCreateBooking } from "../api/create-booking";
import { useBookingContextForWeek } from "../hooks/use-booking-context-query";
import { useBookingValues } from "../hooks/use-booking-values";
import { useLiveDecision } from "../hooks/use-live-decision";
import { clearDraft } from "../utils/booking-draft";
import { bookableMemberships, fieldErrorsOf, requestOf, type FieldErrors } from "../utils/booking-values";
import { dropInErrorsOf, NO_DROP_IN } from "../utils/drop-in-values";
import { formatWhen } from "../utils/format-when";
import { repeatErrorsOf } from "../utils/repeat-values";
import { seriesInputOf } from "../utils/series-values";
import { wallClockOf } from "../../../lib/wall-clock";
import { BookingForm } from "./booking-form";
import { BookingResult, type SubmitResult } from "./booking-result";
import { RuleFeedback } from "./rule-feedback";
import { SeriesStep } from "./series-step";

interface BookingFlowProps {
  me: Me;
  /** This page's path and query: the draft's key and where signing in again comes back to. */
  url: string;
  params: URLSearchParams;
  /** Points the URL at another space and time (an alternative was taken). */
  onMove: (search: URLSearchParams) => void;
  loginHref: string;
  myBookingsHref: string;
  /** The page of a booked series. */
  seriesHref: (id: string) => string;
  /** What to offer beside the alternatives when the time is taken (see BookingResult). */
  onTaken?: (request: CreateBooking) => ReactNode;
}

/** The booking form with its live rule feedback, sending and the result; nothing typed is lost on any error. */
export function BookingFlow({ me, url, params, onMove, loginHref, myBookingsHref, seriesHref, onTaken }: BookingFlowProps) {
  const { t, i18n } = useTranslation();
  const { values, change, idempotencyKey, restored, saveNow, startNew } = useBookingValues(me, url, params);
  const [attempted, setAttempted] = useState(false);
  const [result, setResult] = useState<SubmitResult | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const [series, setSeries] = useState<SeriesInput | null>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLDivElement>(null);

  const space = useSpace(values.spaceId);
  const activityTypes = useActivityTypes();
  const context = useBookingContextForWeek(values.spaceId, values.organisationId, values.date);
  const activityType = activityTypes.data?.find((type) => type.id === values.activityTypeId);
  const memberships = bookableMemberships(me);
  // Only a service publishes drop-in hours; for anyone else the choice is neither shown nor sent.
  const mayPublishDropIn = memberships.some((m) => m.organisationId === values.organisationId && m.organisationKind === "service_unit");
  const sendable = useMemo(() => (mayPublishDropIn ? values : { ...values, dropIn: NO_DROP_IN }), [values, mayPublishDropIn]);
  const live = useLiveDecision(sendable, activityType, context.data);
  const create = useCreateBooking();

  // A dry run answered 401: the session lapsed while typing. Say so now, not only on sending.
  const checkExpired = live.checkError instanceof ApiProblem && live.checkError.status === 401;
  useEffect(() => {
    if (checkExpired) {
      saveNow();
      setResult({ kind: "session_expired" });
    }
    // Only when the dry run's answer turns into a 401.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checkExpired]);

  const errors: FieldErrors = attempted ? fieldErrorsOf(values) : {};
  const repeatErrors = attempted ? repeatErrorsOf(values.repeat, values.date) : {};
  const dropInErrors = attempted ? dropInErrorsOf(sendable.dropIn) : {};

  const submit = () => {
    setAttempted(true);
    const repeating = values.repeat.frequency !== "none";
    const request = requestOf(sendable, activityType);
    const input = repeating ? seriesInputOf(sendable, activityType) : null;
    const invalid = [fieldErrorsOf(values), repeatErrorsOf(values.repeat, values.date), dropInErrorsOf(sendable.dropIn)];
    if (invalid.some((found) => Object.keys(found).length > 0) || request === null || (repeating && input === null)) {
      // The first field in error, after React has marked it.
      window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    saveNow();
    if (input) {
      setResult(null);
      setSeries(input);
      return;
    }
    create.mutate(
      { request, idempotencyKey },
      {
        onSuccess: (outcome) => {
          if (outcome.kind === "confirmed" || outcome.kind === "requested") {
            clearDraft(url);
            startNew(false);
          }
          setResult(outcome);
        },
        onError: (error) => {
          setResult({ kind: "error", error });
        },
      },
    );
  };

  const take = (alternative: Alternative) => {
    const start = wallClockOf(alternative.start);
    const end = wallClockOf(alternative.end);
    if (!start || !end) return;
    clearDraft(url);
    change({ spaceId: alternative.spaceId, date: start.date, startTime: start.time, endTime: end.time });
    setResult(null);
    setMoved(t("bookingForm.alternative.taken", {
      when: formatWhen(alternative.start, alternative.end, i18n.language),
      where: t(`bookingForm.alternative.${alternative.kind}`),
    }));
    onMove(new URLSearchParams({ spaceId: alternative.spaceId, start: alternative.start, end: alternative.end }));
    window.setTimeout(() => dateRef.current?.focus(), 0);
  };

  if (memberships.length === 0) return <Paragraph>{t("bookingForm.noOrganisation")}</Paragraph>;
  const loadError = space.error ?? activityTypes.error;
  if (loadError) {
    const retry = () => {
      void space.refetch();
      void activityTypes.refetch();
    };
    return <ErrorState error={loadError} {...(isRetryable(loadError) ? { onRetry: retry } : {})} />;
  }
  if (!space.data || !activityTypes.data) return <LoadingState label={t("bookingForm.loading")} />;

  const booked = result?.kind === "confirmed" || result?.kind === "requested";
  if (series) {
    return (
      <div className="stack">
        <Paragraph>{t("bookingForm.spaceSummary", { name: space.data.name, capacity: space.data.capacity })}</Paragraph>
        <SeriesStep
          input={series}
          idempotencyKey={idempotencyKey}
          onNewKey={() => {
            startNew(true);
          }}
          onBooked={() => {
            clearDraft(url);
            startNew(false);
          }}
          onBack={() => {
            setSeries(null);
          }}
          onBookAnother={() => {
            startNew(true);
            setSeries(null);
            setAttempted(false);
          }}
          seriesHref={seriesHref}
        />
      </div>
    );
  }
  return (
    <div className="stack" ref={formRef}>
      <Paragraph>{t("bookingForm.spaceSummary", { name: space.data.name, capacity: space.data.capacity })}</Paragraph>
      {restored && !booked && <Paragraph role="status">{t("bookingForm.draftRestored")}</Paragraph>}
      {result && (
        <BookingResult
          result={result}
          myBookingsHref={myBookingsHref}
          loginHref={loginHref}
          onTakeAlternative={take}
          sentRequest={create.variables?.request}
          onTaken={onTaken}
        />
      )}
      <div role="status">{moved && <Paragraph>{moved}</Paragraph>}</div>
      {booked ? (
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              startNew(true);
              setResult(null);
              setAttempted(false);
            }}
          >
            {t("bookingForm.result.bookAnother")}
          </Button>
        </div>
      ) : (
        <BookingForm
          values={values}
          errors={errors}
          repeatErrors={repeatErrors}
          dropInErrors={dropInErrors}
          mayPublishDropIn={mayPublishDropIn}
          memberships={memberships}
          activityTypes={activityTypes.data}
          onChange={(patch) => {
            setMoved(null);
            change(patch);
          }}
          onSubmit={submit}
          submitting={create.isPending}
          dateRef={dateRef}
          feedback={<RuleFeedback decision={live.decision} checking={live.checking} onTakeAlternative={take} />}
        />
      )}
    </div>
  );
}
