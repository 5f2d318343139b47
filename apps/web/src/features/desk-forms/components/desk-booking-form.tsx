import { Button } from "@digdir/designsystemet-react";
import type { Alternative } from "@sambruk/contracts";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isRetryable } from "../../../lib/api-error";
import { useActivityTypes } from "../../../lib/queries/activity-types";
import { useCreateDeskBooking } from "../api/create-desk-booking";
import { useSpaces } from "../../../lib/queries/spaces";
import { useOrganisations } from "../api/get-organisations";
import { deskBookingErrorsOf, deskBookingRequestOf, initialDeskBookingValues, type DeskBookingValues } from "../utils/desk-booking-values";
import { newIdempotencyKey } from "../utils/idempotency-key";
import { wallClockOf } from "../../../lib/wall-clock";
import { DeskBookingFields } from "./desk-booking-fields";
import { DeskBookingResult, type DeskSubmitResult } from "./desk-booking-result";

export interface DeskFormProps {
  centreId: string;
  /** The day the desk looks at (YYYY-MM-DD): the form's first date. */
  date: string;
  /** Something was booked or blocked: the desk's board is out of date. */
  onSaved?: () => void;
  /** An admin may set the bump's notice rule aside. */
  isAdmin?: boolean;
}

/** "Ny booking" at the desk: a walk-in or the house's own need, optionally bumping lower tiers; nothing typed is lost on an error. */
export function DeskBookingForm({ centreId, date, onSaved, isAdmin = false }: DeskFormProps) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const activityTypes = useActivityTypes();
  const spaces = useSpaces(centreId);
  const create = useCreateDeskBooking();
  const [values, setValues] = useState<DeskBookingValues>(() => initialDeskBookingValues(date));
  const [attempted, setAttempted] = useState(false);
  const [result, setResult] = useState<DeskSubmitResult | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const formRef = useRef<HTMLDivElement>(null);

  const change = (patch: Partial<DeskBookingValues>) => {
    setValues((current) => ({ ...current, ...patch }));
  };
  const submit = () => {
    if (create.isPending) return;
    setAttempted(true);
    const request = deskBookingRequestOf(values, isAdmin);
    if (request === null) {
      window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    create.mutate(
      { request, idempotencyKey },
      {
        onSuccess: (outcome) => {
          setResult(outcome);
          if (outcome.kind === "created") onSaved?.();
        },
        onError: (error) => {
          setResult({ kind: "error", error });
        },
      },
    );
  };
  const takeAlternative = (alternative: Alternative) => {
    const start = wallClockOf(alternative.start);
    const end = wallClockOf(alternative.end);
    if (start && end) change({ spaceId: alternative.spaceId, date: start.date, startTime: start.time, endTime: end.time });
    setResult(null);
  };
  const startNew = () => {
    setValues(initialDeskBookingValues(date));
    setAttempted(false);
    setResult(null);
    setIdempotencyKey(newIdempotencyKey());
  };

  const loadError = organisations.error ?? activityTypes.error ?? spaces.error;
  if (loadError) {
    const retry = () => {
      void organisations.refetch();
      void activityTypes.refetch();
      void spaces.refetch();
    };
    return <ErrorState error={loadError} {...(isRetryable(loadError) ? { onRetry: retry } : {})} />;
  }
  if (!organisations.data || !activityTypes.data || !spaces.data) return <LoadingState label={t("deskForms.loading")} />;

  const created = result?.kind === "created";
  return (
    <div className="stack" ref={formRef}>
      {result && <DeskBookingResult result={result} spaces={spaces.data} onUseAlternative={takeAlternative} />}
      {created ? (
        <div>
          <Button variant="secondary" onClick={startNew}>
            {t("deskForms.booking.newBooking")}
          </Button>
        </div>
      ) : (
        <DeskBookingFields
          values={values}
          errors={attempted ? deskBookingErrorsOf(values, isAdmin) : {}}
          organisations={organisations.data}
          activityTypes={activityTypes.data}
          spaces={spaces.data}
          isAdmin={isAdmin}
          submitting={create.isPending}
          onChange={change}
          onSubmit={submit}
        />
      )}
    </div>
  );
}
