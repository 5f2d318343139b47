import { Button, Textfield } from "@digdir/designsystemet-react";
import type { Space } from "@sambruk/contracts";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { BlockErrorKey, BlockErrors, BlockValues } from "../utils/block-values";
import { DeskTimeField } from "./desk-time-fields";
import { SelectField } from "../../../components/ui/select-field";

interface BlockFieldsProps {
  values: BlockValues;
  errors: BlockErrors;
  spaces: readonly Space[];
  previewing: boolean;
  onChange: (patch: Partial<BlockValues>) => void;
  /** "Se hvem som rammes": the dry run. */
  onPreview: () => void;
  /** The hits of the dry run and "Blokker", below the fields. */
  children?: ReactNode;
}

/** What to block, when and why; the dry run is the form's submit. */
export function BlockFields({ values, errors, spaces, previewing, onChange, onPreview, children }: BlockFieldsProps) {
  const { t } = useTranslation();
  const error = (key: BlockErrorKey | undefined) => (key ? t(`deskForms.errors.${key}`) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onPreview();
  };
  return (
    <form className="stack" aria-label={t("deskForms.block.formLabel")} noValidate onSubmit={submit}>
      <SelectField label={t("deskForms.block.space")} value={values.spaceId} onChange={(spaceId) => { onChange({ spaceId }); }}>
        <option value="">{t("deskForms.block.wholeCentre")}</option>
        {spaces.map((space) => (
          <option key={space.id} value={space.id}>
            {space.name}
          </option>
        ))}
      </SelectField>
      <Textfield label={t("deskForms.block.fromDate")} type="date" value={values.fromDate} error={error(errors.fromDate)} onChange={(event) => { onChange({ fromDate: event.target.value }); }} />
      <DeskTimeField label={t("deskForms.block.fromTime")} value={values.fromTime} error={error(errors.fromTime)} onChange={(fromTime) => { onChange({ fromTime }); }} />
      <Textfield label={t("deskForms.block.toDate")} type="date" value={values.toDate} error={error(errors.toDate)} onChange={(event) => { onChange({ toDate: event.target.value }); }} />
      <DeskTimeField label={t("deskForms.block.toTime")} value={values.toTime} error={error(errors.toTime)} onChange={(toTime) => { onChange({ toTime }); }} />
      <Textfield
        label={t("deskForms.block.reason")}
        description={t("deskForms.block.reasonDescription")}
        multiline
        rows={2}
        maxLength={500}
        value={values.reason}
        error={error(errors.reason)}
        onChange={(event) => { onChange({ reason: event.target.value }); }}
      />
      <div>
        <Button type="submit" variant="secondary" loading={previewing} aria-disabled={previewing || undefined}>
          {t(previewing ? "deskForms.block.previewing" : "deskForms.block.preview")}
        </Button>
      </div>
      {children}
    </form>
  );
}
