import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { ErrorState } from "../../components/ui/error-state";
import { LoadingState } from "../../components/ui/loading-state";
import { PageFrame } from "../../components/ui/page-frame";
import { MY_BOOKINGS_PATH } from "../../features/my-bookings/utils/my-bookings-path";
import { useOffer } from "../../features/offers/api/get-offer";
import { OfferAnswer } from "../../features/offers/components/offer-answer";
import { OfferDetails } from "../../features/offers/components/offer-details";
import { ApiProblem, isRetryable } from "../../lib/api-error";

/**
 * /tilbud/:id?token=: a bumped booker's link from the e-mail. Public: the token opens the offer. Opening it
 * accepts nothing (mail scanners open links too); the button does. Loaded on demand.
 */
export function Component() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token");
  return <PageFrame title={t("offers.title")}>{token ? <Offer token={token} /> : <Paragraph>{t("offers.missingToken")}</Paragraph>}</PageFrame>;
}

function Offer({ token }: { token: string }) {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const offer = useOffer(id, token);

  if (offer.isPending) return <LoadingState label={t("offers.loading")} />;
  if (offer.error) {
    if (offer.error instanceof ApiProblem && offer.error.status === 403) {
      return (
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="xs">
            {t("offers.forbiddenHeading")}
          </Heading>
          <Paragraph>{t("offers.forbidden")}</Paragraph>
        </Alert>
      );
    }
    const retry = isRetryable(offer.error) ? () => void offer.refetch() : undefined;
    return <ErrorState error={offer.error} onRetry={retry} retrying={offer.isFetching} />;
  }
  return (
    <>
      <Paragraph>{t("offers.intro", { title: offer.data.title })}</Paragraph>
      <OfferDetails offer={offer.data} />
      <OfferAnswer offer={offer.data} token={token} myBookingsHref={MY_BOOKINGS_PATH} />
    </>
  );
}
