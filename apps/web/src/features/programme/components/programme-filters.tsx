import { Field, Label, Select } from "@digdir/designsystemet-react";
import { Audience } from "@sambruk/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ProgrammeFilters as Filters } from "../utils/programme-filters";

interface ProgrammeFiltersProps {
  /** The centres to choose between; while unknown, only "all" is offered. */
  centres: readonly { id: string; name: string }[];
  value: Filters;
  onChange: (filters: Filters) => void;
}

const audiences = Audience.options.filter((audience) => audience !== "everyone");

/** Two labelled native selects: one centre or all, one audience or all. */
export function ProgrammeFilters({ centres, value, onChange }: ProgrammeFiltersProps) {
  const { t } = useTranslation();
  const centreId = useId();
  const audienceId = useId();
  return (
    <div role="group" aria-label={t("programme.filtersLabel")} className="programme-filters">
      <Field>
        <Label htmlFor={centreId}>{t("programme.centre")}</Label>
        <Select
          id={centreId}
          width="auto"
          value={value.centreId ?? ""}
          onChange={(event) => {
            onChange({ ...value, centreId: event.target.value || undefined });
          }}
        >
          <option value="">{t("programme.allCentres")}</option>
          {centres.map((centre) => (
            <option key={centre.id} value={centre.id}>
              {centre.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label htmlFor={audienceId}>{t("programme.audience")}</Label>
        <Select
          id={audienceId}
          width="auto"
          value={value.audience ?? ""}
          onChange={(event) => {
            const parsed = Audience.safeParse(event.target.value);
            onChange({ ...value, audience: parsed.success ? parsed.data : undefined });
          }}
        >
          <option value="">{t("programme.allAudiences")}</option>
          {audiences.map((audience) => (
            <option key={audience} value={audience}>
              {capitalise(t(`programme.audiences.${audience}`))}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
