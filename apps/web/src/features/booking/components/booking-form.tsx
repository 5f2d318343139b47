import { Button, Fieldset, Radio, Textfield } from "@digdir/designsystemet-react";
import type { ActivityType, Membership } from "@sambruk/contracts";
import type { FormEvent, ReactNode, Ref } from "react";
import { useTranslation } from "react-i18next";
import { isLanguage } from "../../../lib/i18n/languages";
import type { BookingValues, FieldErrorKey, FieldErrors } from "../utils/booking-values";
import type { DropInErrors } from "../utils/drop-in-values";
import type { RepeatErrors } from "../utils/repeat-values";
import { DropInFields } from "./drop-in-fields";
import { RepeatFields } from "./repeat-fields";
import { SelectField } from "../../../components/ui/select-field";
import { TimeFields } from "./time-fields";

interface BookingFormProps {
  values: BookingValues;
  /** The errors to show (after a first attempt to send). */
  errors: FieldErrors;
  repeatErrors: RepeatErrors;
  dropInErrors: DropInErrors;
  /** Whether the organisation booked for is a service, which may publish drop-in hours. */
  mayPublishDropIn: boolean;
  memberships: readonly Membership[];
  activityTypes: readonly ActivityType[];
  onChange: (patch: Partial<BookingValues>) => void;
  onSubmit: () => void;
  submitting: boolean;
  /** The live rule feedback, shown just above the send button. */
  feedback: ReactNode;
  dateRef?: Ref<HTMLInputElement>;
}

/** The booking form: every field labelled, every error tied to its field; it holds nothing, the page does. */
export function BookingForm(props: BookingFormProps) {
  const { values, errors, memberships, activityTypes, onChange, onSubmit, submitting, feedback, dateRef } = props;
  const repeating = values.repeat.frequency !== "none";
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : "nb";
  const error = (key: FieldErrorKey | undefined) => (key ? t(`bookingForm.errors.${key}`) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="booking-form stack" aria-label={t("bookingForm.formLabel")} noValidate onSubmit={submit}>
      <SelectField
        label={t("bookingForm.fields.organisation")}
        value={values.organisationId}
        error={error(errors.organisationId)}
        onChange={(organisationId) => {
          onChange({ organisationId });
        }}
      >
        {memberships.map((membership) => (
          <option key={membership.organisationId} value={membership.organisationId}>
            {membership.organisationName}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("bookingForm.fields.activityType")}
        value={values.activityTypeId}
        error={error(errors.activityTypeId)}
        onChange={(activityTypeId) => {
          const type = activityTypes.find((candidate) => candidate.id === activityTypeId);
          onChange({ activityTypeId, ...(type && !values.visibilityChosen ? { visibility: type.defaultVisibility } : {}) });
        }}
      >
        <option value="">{t("bookingForm.fields.activityTypePlaceholder")}</option>
        {activityTypes.map((type) => (
          <option key={type.id} value={type.id}>
            {type.name[language]}
          </option>
        ))}
      </SelectField>
      <Textfield
        label={t("bookingForm.fields.title")}
        description={t("bookingForm.fields.titleDescription")}
        value={values.title}
        maxLength={200}
        error={error(errors.title)}
        onChange={(event) => {
          onChange({ title: event.target.value });
        }}
      />
      <Textfield
        label={t("bookingForm.fields.description")}
        multiline
        rows={3}
        value={values.description}
        onChange={(event) => {
          onChange({ description: event.target.value });
        }}
      />
      <Textfield
        label={t("bookingForm.fields.attendees")}
        inputMode="numeric"
        autoComplete="off"
        value={values.attendees}
        error={error(errors.attendees)}
        onChange={(event) => {
          onChange({ attendees: event.target.value });
        }}
      />
      <TimeFields values={values} errors={errors} onChange={onChange} {...(dateRef ? { dateRef } : {})} />
      <RepeatFields
        values={values.repeat}
        firstDate={values.date}
        errors={props.repeatErrors}
        onChange={(patch) => {
          onChange({ repeat: { ...values.repeat, ...patch } });
        }}
      />
      <Fieldset>
        <Fieldset.Legend>{t("bookingForm.fields.visibility")}</Fieldset.Legend>
        <Radio
          name="visibility"
          value="public"
          label={t("bookingForm.fields.visibilityPublic")}
          description={t("bookingForm.fields.visibilityPublicDescription")}
          checked={values.visibility === "public"}
          onChange={() => {
            onChange({ visibility: "public", visibilityChosen: true });
          }}
        />
        <Radio
          name="visibility"
          value="busy_only"
          label={t("bookingForm.fields.visibilityBusy")}
          description={t("bookingForm.fields.visibilityBusyDescription")}
          checked={values.visibility === "busy_only"}
          onChange={() => {
            onChange({ visibility: "busy_only", visibilityChosen: true });
          }}
        />
      </Fieldset>
      {props.mayPublishDropIn && (
        <DropInFields
          values={values.dropIn}
          errors={props.dropInErrors}
          onChange={(patch) => {
            onChange({ dropIn: { ...values.dropIn, ...patch } });
          }}
        />
      )}
      {feedback}
      <div>
        <Button type="submit" loading={submitting} aria-disabled={submitting || undefined}>
          {repeating
            ? t(submitting ? "series.preview.previewing" : "series.preview.submit")
            : t(submitting ? "bookingForm.submitting" : "bookingForm.submit")}
        </Button>
      </div>
    </form>
  );
}
