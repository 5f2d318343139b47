import { Card, Heading } from "@digdir/designsystemet-react";
import type { OfferView } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { formatOfferSpan } from "../utils/format-offer-time";

interface PlaceAndTime {
  centreName: string;
  spaceName: string;
  start: string;
  end: string;
}

function PlaceCard({ heading, place }: { heading: string; place: PlaceAndTime }) {
  const { t, i18n } = useTranslation();
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="xs">
        {heading}
      </Heading>
      <dl className="booking-item__facts">
        <div>
          <dt>{t("offers.place")}</dt>
          <dd>{t("offers.placeValue", { space: place.spaceName, centre: place.centreName })}</dd>
        </div>
        <div>
          <dt>{t("offers.time")}</dt>
          <dd>
            <time dateTime={place.start}>{formatOfferSpan(place.start, place.end, i18n.language)}</time>
          </dd>
        </div>
      </dl>
    </Card>
  );
}

/** What the bumped booker had, beside what they are offered. */
export function OfferDetails({ offer }: { offer: OfferView }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PlaceCard heading={t("offers.wasHeading")} place={offer.was} />
      <PlaceCard heading={t("offers.offeredHeading")} place={offer.offered} />
    </div>
  );
}
