import { ToggleGroup } from "@digdir/designsystemet-react";
import type { MyBookingsQuery } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";

export type Period = MyBookingsQuery["period"];

/** Upcoming or past: a labelled group of two radio buttons. */
export function PeriodToggle({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  return (
    <ToggleGroup
      aria-label={t("myBookings.period")}
      value={value}
      data-size="sm"
      onChange={(next) => {
        onChange(next === "past" ? "past" : "upcoming");
      }}
    >
      <ToggleGroup.Item value="upcoming">{t("myBookings.upcoming")}</ToggleGroup.Item>
      <ToggleGroup.Item value="past">{t("myBookings.past")}</ToggleGroup.Item>
    </ToggleGroup>
  );
}
