import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Textfield } from "@digdir/designsystemet-react";
import type { AppointmentReceipt, DropIn, Me } from "@sambruk/contracts";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../lib/api-error";
import { errorMessage } from "../../../lib/error-message";
import { useTakeAppointment } from "../api/take-appointment";
import { appointmentErrorsOf, appointmentRequestOf, type AppointmentValues } from "../utils/appointment-values";
import { SlotFieldset } from "./slot-fieldset";

interface AppointmentFormProps {
  dropIn: DropIn & { appointments: NonNullable<DropIn["appointments"]> };
  /** Signed in: nothing more is asked. */
  me: Me | null;
  onTaken: (receipt: AppointmentReceipt) => void;
}

/** A free slot, the way to meet when there is a choice, and a name and phone unless signed in. */
export function AppointmentForm({ dropIn, me, onTaken }: AppointmentFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<AppointmentValues>({ start: "", mode: dropIn.modes[0] ?? "in_person", name: "", phone: "" });
  const [attempted, setAttempted] = useState(false);
  const [taken, setTaken] = useState(false);
  const take = useTakeAppointment();
  const signedIn = me !== null;
  const errors = attempted ? appointmentErrorsOf(values, signedIn) : {};
  const error = (key: (typeof errors)[keyof typeof errors]) => (key ? t(`dropIns.page.errors.${key}`) : undefined);
  const change = (patch: Partial<AppointmentValues>) => {
    setValues((current) => ({ ...current, ...patch }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setTaken(false);
    if (Object.keys(appointmentErrorsOf(values, signedIn)).length > 0) {
      window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    take.mutate(
      { dropInId: dropIn.id, request: appointmentRequestOf(values, signedIn) },
      {
        onSuccess: onTaken,
        onError: (failure) => {
          if (failure instanceof ApiProblem && failure.code === "appointment_taken") {
            setTaken(true);
            setAttempted(false);
            change({ start: "" });
          }
        },
      },
    );
  };

  const otherError = take.error && !(take.error instanceof ApiProblem && take.error.code === "appointment_taken") ? take.error : null;
  return (
    <form ref={formRef} className="stack" noValidate onSubmit={submit} aria-label={t("dropIns.page.title")}>
      {taken && (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t("dropIns.page.taken")}</Paragraph>
        </Alert>
      )}
      <SlotFieldset slots={dropIn.appointments.slots} value={values.start} error={error(errors.start)} onChange={(start) => { change({ start }); }} />
      {dropIn.modes.length > 1 && (
        <Fieldset>
          <Fieldset.Legend>{t("dropIns.page.modeLegend")}</Fieldset.Legend>
          {dropIn.modes.map((mode) => (
            <Radio key={mode} name="mode" value={mode} label={t(`dropIns.mode.${mode}`)} checked={values.mode === mode} onChange={() => { change({ mode }); }} />
          ))}
        </Fieldset>
      )}
      {me ? (
        <Paragraph>{t("dropIns.page.signedIn", { name: me.user.displayName })}</Paragraph>
      ) : (
        <>
          <Textfield label={t("dropIns.page.name")} autoComplete="name" value={values.name} error={error(errors.name)} onChange={(event) => { change({ name: event.target.value }); }} />
          <Textfield
            label={t("dropIns.page.phone")}
            description={t("dropIns.page.phoneDescription")}
            type="tel"
            autoComplete="tel"
            value={values.phone}
            error={error(errors.phone)}
            onChange={(event) => { change({ phone: event.target.value }); }}
          />
          <Paragraph data-size="sm">{t("dropIns.page.privacy")}</Paragraph>
        </>
      )}
      {otherError && (
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="xs">
            {t("dropIns.page.failedHeading")}
          </Heading>
          <Paragraph>{errorMessage(t, otherError)}</Paragraph>
        </Alert>
      )}
      <div>
        <Button type="submit" loading={take.isPending} aria-disabled={take.isPending || undefined}>
          {take.isPending ? t("dropIns.page.submitting") : t("dropIns.page.submit")}
        </Button>
      </div>
    </form>
  );
}
