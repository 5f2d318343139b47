import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Centre } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { CentreAddress } from "./centre-address";
import { TodayHours } from "./today-hours";
import { WeeklyHoursTable } from "./weekly-hours-table";

/** Everything the centre page shows about one centre, below its name. */
export function CentreDetails({ centre }: { centre: Centre }) {
  const { t } = useTranslation();
  return (
    <div className="centre-details">
      <section aria-labelledby="centre-address-heading" className="centre-details__section">
        <Heading level={2} data-size="xs" id="centre-address-heading">
          {t("centre.address")}
        </Heading>
        <CentreAddress address={centre.address} />
        <Paragraph data-size="sm">
          {t("centres.formerMunicipality")}: {t(`municipality.${centre.formerMunicipality}`)}
        </Paragraph>
        <TodayHours centre={centre} />
      </section>
      <section aria-labelledby="centre-hours-heading" className="centre-details__section">
        <Heading level={2} data-size="xs" id="centre-hours-heading">
          {t("centre.weeklyHours")}
        </Heading>
        <WeeklyHoursTable centre={centre} />
      </section>
    </div>
  );
}
