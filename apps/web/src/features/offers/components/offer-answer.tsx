import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { OfferView } from "@sambruk/contracts";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { ApiProblem } from "../../../lib/api-error";
import { errorMessage } from "../../../lib/error-message";
import { useAcceptOffer } from "../api/accept-offer";
import { formatOfferInstant, formatOfferSpan } from "../utils/format-offer-time";

interface OfferAnswerProps {
  offer: OfferView;
  token: string;
  myBookingsHref: string;
}

const CLOSED = { accepted: "offers.accepted", withdrawn: "offers.withdrawn", expired: "offers.expired" } as const;

/** The deadline and "Ta imot" while the offer is open; the receipt once taken; why not when it is closed. */
export function OfferAnswer({ offer, token, myBookingsHref }: OfferAnswerProps) {
  const { t, i18n } = useTranslation();
  const accept = useAcceptOffer();
  const receiptRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (accept.isSuccess) receiptRef.current?.focus();
  }, [accept.isSuccess]);

  if (accept.data) {
    return (
      <Alert data-color="success">
        <Heading level={2} data-size="xs" ref={receiptRef} tabIndex={-1}>
          {t("offers.receiptHeading")}
        </Heading>
        <Paragraph>
          {t("offers.receipt", { space: offer.offered.spaceName, when: formatOfferSpan(accept.data.start, accept.data.end, i18n.language) })}
        </Paragraph>
        <Paragraph>
          <Link asChild>
            <RouterLink to={myBookingsHref}>{t("offers.myBookings")}</RouterLink>
          </Link>
        </Paragraph>
      </Alert>
    );
  }
  const failure = accept.error;
  const unavailable = failure instanceof ApiProblem && failure.code === "offer_unavailable";
  const forbidden = failure instanceof ApiProblem && failure.status === 403;
  return (
    <>
      {failure && (
        <Alert data-color={unavailable ? "warning" : "danger"} role="alert">
          <Heading level={2} data-size="xs">
            {t(unavailable ? "offers.unavailableHeading" : forbidden ? "offers.forbiddenHeading" : "offers.failedHeading")}
          </Heading>
          <Paragraph>{unavailable ? t("offers.unavailable") : forbidden ? t("offers.forbidden") : errorMessage(t, failure)}</Paragraph>
        </Alert>
      )}
      {offer.status === "open" ? (
        !unavailable && (
          <>
            <Paragraph>{t("offers.deadline", { deadline: formatOfferInstant(offer.expiresAt, i18n.language) })}</Paragraph>
            <div>
              <Button loading={accept.isPending} onClick={() => { accept.mutate({ id: offer.id, token }); }}>
                {accept.isPending ? t("offers.accepting") : t("offers.accept")}
              </Button>
            </div>
          </>
        )
      ) : (
        !failure && (
          <Alert data-color="info">
            <Heading level={2} data-size="xs">
              {t("offers.closedHeading")}
            </Heading>
            <Paragraph>{t(CLOSED[offer.status])}</Paragraph>
          </Alert>
        )
      )}
    </>
  );
}
