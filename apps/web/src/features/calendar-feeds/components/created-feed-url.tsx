import { Alert, Button, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/** A feed's secret URL, shown this once: read-only (selected on focus) with a button that copies it. */
export function CreatedFeedUrl({ url, name }: { url: string; name: string }) {
  const { t } = useTranslation();
  const fieldRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  useEffect(() => {
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [url]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (permission, old browser): the field is selected for copying by hand.
      fieldRef.current?.select();
      setCopied(false);
    }
  };

  return (
    <Alert data-color="info" className="stack">
      <Paragraph>{t("calendarFeeds.createdFor", { name })}</Paragraph>
      <div className="created-feed-url">
        <Textfield
          ref={fieldRef}
          label={t("calendarFeeds.urlLabel")}
          value={url}
          readOnly
          onFocus={(event) => {
            event.currentTarget.select();
          }}
        />
        <Button variant="secondary" data-size="sm" onClick={() => void copy()}>
          {t("calendarFeeds.copy")}
        </Button>
      </div>
      <Paragraph data-size="sm" role="status">
        {copied === true ? t("calendarFeeds.copied") : copied === false ? t("calendarFeeds.copyFailed") : ""}
      </Paragraph>
      <Paragraph data-size="sm">{t("calendarFeeds.secretNote")}</Paragraph>
    </Alert>
  );
}
