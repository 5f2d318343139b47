import { Button, Fieldset, Radio, Textfield } from "@digdir/designsystemet-react";
import type { ActivityType, DeskOrganisation, Space } from "@sambruk/contracts";
import { useId, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isLanguage } from "../../../lib/i18n/languages";
import type { DeskBookingErrors, DeskBookingValues, DeskErrorKey } from "../utils/desk-booking-values";
import { BumpFields } from "./bump-fields";
import { DeskTimeField } from "./desk-time-fields";
import { SelectField } from "../../../components/ui/select-field";

interface DeskBookingFieldsProps {
  values: DeskBookingValues;
  errors: DeskBookingErrors;
  organisations: readonly DeskOrganisation[];
  activityTypes: readonly ActivityType[];
  spaces: readonly Space[];
  isAdmin: boolean;
  submitting: boolean;
  onChange: (patch: Partial<DeskBookingValues>) => void;
  onSubmit: () => void;
}

/** The desk's booking form: every field labelled, every error tied to its field; it holds nothing, its parent does. */
export function DeskBookingFields(props: DeskBookingFieldsProps) {
  const { values, errors, onChange, onSubmit, submitting } = props;
  const { t, i18n } = useTranslation();
  const visibilityName = useId();
  const language = isLanguage(i18n.language) ? i18n.language : "nb";
  const error = (key: DeskErrorKey | undefined) => (key ? t(`deskForms.errors.${key}`) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="stack" aria-label={t("deskForms.booking.formLabel")} noValidate onSubmit={submit}>
      <SelectField label={t("deskForms.booking.organisation")} value={values.organisationId} error={error(errors.organisationId)} onChange={(organisationId) => { onChange({ organisationId }); }}>
        <option value="">{t("deskForms.booking.organisationPlaceholder")}</option>
        {props.organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("deskForms.booking.activityType")}
        value={values.activityTypeId}
        error={error(errors.activityTypeId)}
        onChange={(activityTypeId) => {
          const type = props.activityTypes.find((candidate) => candidate.id === activityTypeId);
          onChange({ activityTypeId, ...(type ? { visibility: type.defaultVisibility } : {}) });
        }}
      >
        <option value="">{t("deskForms.booking.activityTypePlaceholder")}</option>
        {props.activityTypes.map((type) => (
          <option key={type.id} value={type.id}>
            {type.name[language]}
          </option>
        ))}
      </SelectField>
      <Textfield label={t("deskForms.booking.title")} value={values.title} maxLength={120} error={error(errors.title)} onChange={(event) => { onChange({ title: event.target.value }); }} />
      <Textfield
        label={t("deskForms.booking.attendees")}
        inputMode="numeric"
        autoComplete="off"
        value={values.attendees}
        error={error(errors.attendees)}
        onChange={(event) => { onChange({ attendees: event.target.value }); }}
      />
      <SelectField label={t("deskForms.fields.space")} value={values.spaceId} error={error(errors.spaceId)} onChange={(spaceId) => { onChange({ spaceId }); }}>
        <option value="">{t("deskForms.fields.spacePlaceholder")}</option>
        {props.spaces.map((space) => (
          <option key={space.id} value={space.id}>
            {space.name}
          </option>
        ))}
      </SelectField>
      <Textfield label={t("deskForms.fields.date")} type="date" value={values.date} error={error(errors.date)} onChange={(event) => { onChange({ date: event.target.value }); }} />
      <DeskTimeField label={t("deskForms.fields.start")} value={values.startTime} error={error(errors.startTime)} onChange={(startTime) => { onChange({ startTime }); }} />
      <DeskTimeField label={t("deskForms.fields.end")} value={values.endTime} error={error(errors.endTime)} onChange={(endTime) => { onChange({ endTime }); }} />
      <Fieldset>
        <Fieldset.Legend>{t("deskForms.booking.visibility")}</Fieldset.Legend>
        <Radio name={visibilityName} value="public" label={t("deskForms.booking.visibilityPublic")} checked={values.visibility === "public"} onChange={() => { onChange({ visibility: "public" }); }} />
        <Radio name={visibilityName} value="busy_only" label={t("deskForms.booking.visibilityBusy")} checked={values.visibility === "busy_only"} onChange={() => { onChange({ visibility: "busy_only" }); }} />
      </Fieldset>
      <BumpFields values={values} errors={errors} isAdmin={props.isAdmin} onChange={onChange} />
      <div>
        <Button type="submit" loading={submitting} aria-disabled={submitting || undefined}>
          {t(submitting ? "deskForms.booking.submitting" : "deskForms.booking.submit")}
        </Button>
      </div>
    </form>
  );
}
