import { Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Centre } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { centrePath } from "../utils/centre-path";
import { CentreAddress } from "./centre-address";
import { TodayHours } from "./today-hours";

export function CentreCard({ centre }: { centre: Centre }) {
  const { t } = useTranslation();
  return (
    <Card data-color="neutral" className="centre-card">
      <Heading level={2} data-size="sm">
        <Link asChild>
          <RouterLink to={centrePath(centre.id)}>{centre.name}</RouterLink>
        </Link>
      </Heading>
      <CentreAddress address={centre.address} />
      <Paragraph data-size="sm" className="centre-card__municipality">
        {t("centres.formerMunicipality")}: {t(`municipality.${centre.formerMunicipality}`)}
      </Paragraph>
      <TodayHours centre={centre} />
    </Card>
  );
}
