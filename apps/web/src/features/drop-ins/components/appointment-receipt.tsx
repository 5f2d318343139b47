import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { TZDate } from "@date-fns/tz";
import type { AppointmentReceipt as Receipt } from "@sambruk/contracts";
import { OSLO } from "@sambruk/domain";
import { format } from "date-fns";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { dateLocale } from "../../../lib/date-locale";
import { cancelAppointmentPath } from "../utils/drop-in-paths";
import { formatSlot } from "../utils/format-slot";

/** What the resident needs, once: when, where, the meeting link for a digital meeting, and the link to cancel. */
export function AppointmentReceipt({ receipt }: { receipt: Receipt }) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.resolvedLanguage);
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, []);
  const cancelPath = cancelAppointmentPath(receipt.id, receipt.cancelToken);
  const cancelUrl = new URL(cancelPath, window.location.origin).toString();
  return (
    <section ref={panel} tabIndex={-1} aria-labelledby={headingId} className="stack">
      <Alert data-color="success">
        <Heading level={2} data-size="sm" id={headingId}>
          {t("dropIns.receipt.heading")}
        </Heading>
        <Paragraph>{`${receipt.title} · ${receipt.service}`}</Paragraph>
      </Alert>
      <dl className="booking-item__facts">
        <div>
          <dt>{t("dropIns.receipt.when")}</dt>
          <dd>
            <time dateTime={receipt.start}>{formatSlot(receipt.start, receipt.end, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("dropIns.receipt.where")}</dt>
          <dd>{`${receipt.centre.name}, ${receipt.space ? receipt.space.name : t("programme.askFrontDesk")}`}</dd>
        </div>
        <div>
          <dt>{t("dropIns.receipt.mode")}</dt>
          <dd>{t(`dropIns.mode.${receipt.mode}`)}</dd>
        </div>
        {receipt.mode === "digital" && receipt.meetingLink && (
          <div>
            <dt>{t("dropIns.receipt.meetingLink")}</dt>
            <dd>
              <Link href={receipt.meetingLink}>{receipt.meetingLink}</Link>
            </dd>
          </div>
        )}
      </dl>
      <Heading level={3} data-size="xs">
        {t("dropIns.receipt.cancelHeading")}
      </Heading>
      <Paragraph>
        <Link asChild>
          <RouterLink to={cancelPath}>{t("dropIns.receipt.cancelLink")}</RouterLink>
        </Link>
      </Paragraph>
      <Paragraph>
        {t("dropIns.receipt.keepLink")} <code className="receipt-link">{cancelUrl}</code>
      </Paragraph>
      <Paragraph data-size="sm">
        {t("dropIns.receipt.deleteAfter", { when: format(new TZDate(receipt.deleteAfter, OSLO), "PPP", { locale }) })}
      </Paragraph>
    </section>
  );
}
