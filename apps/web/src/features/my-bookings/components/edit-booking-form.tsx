import { Alert, Button, Paragraph, Textfield } from "@digdir/designsystemet-react";
import type { Alternative, BookingDetail, Finding, UpdateBooking } from "@sambruk/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { myBookingsKeys } from "../api/my-bookings-keys";
import { useUpdateBooking } from "../api/update-booking";
import { useRuleCheck } from "../hooks/use-rule-check";
import { fromWallClock, toWallClock, type WallClockTimes } from "../utils/oslo-wall-clock";
import { ChangeProblem } from "./change-problem";
import { FindingList } from "./finding-list";

interface EditBookingFormProps {
  booking: BookingDetail;
  firstFieldRef: RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
  onCancel: () => void;
  onSaved: () => void;
}

type Values = WallClockTimes & { title: string };

/** Title, date and times on Oslo's clock; sends only what changed, with the version it is based on. */
export function EditBookingForm({ booking, firstFieldRef, onCancel, onSaved }: EditBookingFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => ({ title: booking.title, ...toWallClock(booking.start, booking.end) }));
  const [formError, setFormError] = useState<string | null>(null);
  const [refusals, setRefusals] = useState<Finding[]>([]);
  const [checking, setChecking] = useState(false);
  const mutation = useUpdateBooking();
  const checkRules = useRuleCheck();

  const field = (name: keyof Values) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [name]: event.target.value }));
    },
  });

  const save = (patch: UpdateBooking) => {
    mutation.mutate({ booking, patch }, { onSuccess: onSaved });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    mutation.reset();
    setRefusals([]);
    const title = values.title.trim();
    if (!title) return void setFormError(t("bookingActions.titleRequired"));
    const instants = fromWallClock(values);
    if (!instants) return void setFormError(t("bookingActions.endAfterStart"));
    const patch: UpdateBooking = {};
    if (title !== booking.title) patch.title = title;
    if (Date.parse(instants.start) !== Date.parse(booking.start) || Date.parse(instants.end) !== Date.parse(booking.end)) {
      patch.start = instants.start;
      patch.end = instants.end;
    }
    if (Object.keys(patch).length === 0) return void setFormError(t("bookingActions.nothingChanged"));
    setFormError(null);
    // The same rules as the API, at once; what they refuse is not sent.
    setChecking(true);
    const refusing = await checkRules(booking, { title, ...instants });
    setChecking(false);
    if (refusing.length > 0) return void setRefusals(refusing);
    save(patch);
  };

  const takeAlternative = (alternative: Alternative) => {
    const title = values.title.trim();
    save({
      start: alternative.start,
      end: alternative.end,
      ...(alternative.spaceId === booking.spaceId ? {} : { spaceId: alternative.spaceId }),
      ...(title && title !== booking.title ? { title } : {}),
    });
  };

  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: myBookingsKeys.lists() });
    onCancel();
  };

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        void submit(event);
      }}
    >
      <Textfield ref={firstFieldRef} label={t("bookingActions.fieldTitle")} maxLength={120} {...field("title")} />
      <Paragraph data-size="sm">{t("bookingActions.timeHint")}</Paragraph>
      <Textfield type="date" label={t("bookingActions.fieldDate")} {...field("date")} />
      <div style={{ display: "flex", gap: "var(--ds-size-4)", flexWrap: "wrap" }}>
        <Textfield type="time" label={t("bookingActions.fieldStart")} {...field("start")} />
        <Textfield type="time" label={t("bookingActions.fieldEnd")} {...field("end")} />
      </div>
      {formError !== null && (
        <Alert data-color="warning" role="alert">
          <Paragraph>{formError}</Paragraph>
        </Alert>
      )}
      {refusals.length > 0 && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t("bookingActions.clientCheckFailed")}</Paragraph>
          <FindingList findings={refusals} />
        </Alert>
      )}
      {mutation.error !== null && (
        <ChangeProblem
          error={mutation.error}
          booking={booking}
          busy={mutation.isPending}
          onTakeAlternative={takeAlternative}
          onReload={reload}
        />
      )}
      <div style={{ display: "flex", gap: "var(--ds-size-3)", flexWrap: "wrap" }}>
        <Button type="submit" loading={checking || mutation.isPending}>
          {t("bookingActions.save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("bookingActions.close")}
        </Button>
      </div>
    </form>
  );
}
