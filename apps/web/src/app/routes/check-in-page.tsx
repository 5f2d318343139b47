import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { PageFrame } from "../../components/ui/page-frame";
import { useCheckIn } from "../../features/check-in/api/check-in";
import { errorMessage } from "../../lib/error-message";

/**
 * /sjekk-inn/:id?token=: the organiser's link from the confirmation. Opening it checks nothing in (mail scanners
 * open links too); the button does. Loaded on demand.
 */
export function Component() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const token = params.get("token");
  const checkIn = useCheckIn();
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (checkIn.isSuccess) doneRef.current?.focus();
  }, [checkIn.isSuccess]);

  return (
    <PageFrame title={t("checkIn.title")}>
      {!token ? (
        <Paragraph>{t("checkIn.missingToken")}</Paragraph>
      ) : checkIn.isSuccess ? (
        <Alert data-color="success">
          <Paragraph ref={doneRef} tabIndex={-1}>
            {t("checkIn.done")}
          </Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t("checkIn.intro")}</Paragraph>
          {checkIn.error && (
            <Alert data-color="danger" role="alert">
              <Heading level={2} data-size="xs">
                {t("checkIn.failedHeading")}
              </Heading>
              <Paragraph>{errorMessage(t, checkIn.error)}</Paragraph>
            </Alert>
          )}
          <div>
            <Button loading={checkIn.isPending} onClick={() => { checkIn.mutate({ id, token }); }}>
              {checkIn.isPending ? t("checkIn.sending") : t("checkIn.confirm")}
            </Button>
          </div>
        </>
      )}
    </PageFrame>
  );
}
