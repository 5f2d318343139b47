import { Heading, List, Paragraph } from "@digdir/designsystemet-react";
import type { BumpedBooking } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { formatInstant, formatSpan } from "../utils/oslo-time";

interface BumpedListProps {
  bumped: readonly BumpedBooking[];
  /** The name of one of the centre's spaces; undefined for a space elsewhere. */
  spaceName: (id: string) => string | undefined;
}

/** The bookings a bump moved out, each with the alternatives its booker was offered. */
export function BumpedList({ bumped, spaceName }: BumpedListProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <>
      <Heading level={4} data-size="2xs">
        {t("deskForms.booking.bumpedHeading")}
      </Heading>
      <List.Unordered aria-label={t("deskForms.booking.bumpedListLabel")}>
        {bumped.map(({ booking, offers }) => {
          const organisation = booking.organisation.name;
          return (
            <List.Item key={booking.id}>
              {t("deskForms.booking.bumpedItem", { title: booking.title, organisation, when: formatSpan(booking.start, booking.end, language) })}
              {offers.length === 0 ? (
                <Paragraph data-size="sm">{t("deskForms.booking.noOffers")}</Paragraph>
              ) : (
                <List.Unordered aria-label={t("deskForms.booking.offersLabel", { organisation })}>
                  {offers.map((offer) => (
                    <List.Item key={offer.id}>
                      {t("deskForms.booking.offer", {
                        when: formatSpan(offer.start, offer.end, language),
                        where: spaceName(offer.spaceId) ?? t(`bookingForm.alternative.${offer.kind}`),
                        deadline: formatInstant(offer.expiresAt, language),
                      })}
                    </List.Item>
                  ))}
                </List.Unordered>
              )}
            </List.Item>
          );
        })}
      </List.Unordered>
    </>
  );
}
