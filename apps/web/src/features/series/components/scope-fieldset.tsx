import { Fieldset, Radio } from "@digdir/designsystemet-react";
import type { SeriesScope } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";

interface ScopeFieldsetProps {
  value: SeriesScope;
  /** The occurrence's date in words; null for the whole series (then only "all" applies). */
  dateText: string | null;
  onChange: (scope: SeriesScope) => void;
}

const SCOPES: readonly SeriesScope[] = ["occurrence", "following", "all"];

/** Bare denne / denne og følgende / alle. */
export function ScopeFieldset({ value, dateText, onChange }: ScopeFieldsetProps) {
  const { t } = useTranslation();
  if (dateText === null) return null;
  return (
    <Fieldset>
      <Fieldset.Legend>{t("series.scope.legend")}</Fieldset.Legend>
      {SCOPES.map((scope) => (
        <Radio
          key={scope}
          name="series-scope"
          value={scope}
          label={t(`series.scope.${scope}`, { date: dateText })}
          checked={value === scope}
          onChange={() => {
            onChange(scope);
          }}
        />
      ))}
    </Fieldset>
  );
}
