import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { useCancelAppointment } from "../../features/drop-ins/api/cancel-appointment";
import { errorMessage } from "../../lib/error-message";
import { useDocumentTitle } from "../../lib/document-title";

/** /avbestill-time/:id?token=: the resident's link from the receipt; one button cancels. Loaded on demand. */
export function Component() {
  const { t } = useTranslation();
  useDocumentTitle(t("dropIns.cancel.title"), t("app.name"));
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const token = params.get("token");
  const cancel = useCancelAppointment();
  const doneRef = useRef<HTMLParagraphElement>(null);
  const done = cancel.isSuccess;
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("dropIns.cancel.title")}
      </Heading>
      {!token ? (
        <Paragraph>{t("dropIns.cancel.missingToken")}</Paragraph>
      ) : done ? (
        <Alert data-color="success">
          <Paragraph ref={doneRef} tabIndex={-1}>
            {t("dropIns.cancel.done")}
          </Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t("dropIns.cancel.intro")}</Paragraph>
          {cancel.error && (
            <Alert data-color="danger" role="alert">
              <Heading level={2} data-size="xs">
                {t("dropIns.cancel.failedHeading")}
              </Heading>
              <Paragraph>{errorMessage(t, cancel.error)}</Paragraph>
            </Alert>
          )}
          <div>
            <Button data-color="danger" loading={cancel.isPending} onClick={() => { cancel.mutate({ id, token }); }}>
              {cancel.isPending ? t("dropIns.cancel.sending") : t("dropIns.cancel.confirm")}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
