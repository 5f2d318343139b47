import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Series, SeriesOccurrence } from "@sambruk/contracts";
import { describeRrule } from "@sambruk/domain";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNow } from "../../../lib/clock";
import { isLanguage } from "../../../lib/i18n/languages";
import { localDateFrom } from "../utils/local-date";
import { OccurrenceTable } from "./occurrence-table";
import { SeriesDialog, type SeriesAction, type SeriesTarget } from "./series-dialog";

/** A series: who, how it repeats, when; every date with what can be done to it; and the whole series' actions. */
export function SeriesView({ series }: { series: Series }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const now = useNow();
  const [target, setTarget] = useState<SeriesTarget | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const opener = useRef<HTMLElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const occurrencesId = useId();
  const active = series.status === "active";
  const firstDate = localDateFrom(series.firstDate);
  const repeats = firstDate ? describeRrule(series.rrule, firstDate)[language] : series.rrule;

  const open = (action: SeriesAction, date: string | null) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setAnnouncement("");
    setTarget({ action, date });
  };
  const close = () => {
    setTarget(null);
    // Back to the button that opened the dialog, or to the dates when a cancellation took that button away.
    window.setTimeout(() => {
      (opener.current?.isConnected ? opener.current : headingRef.current)?.focus();
    }, 0);
  };
  const changeable = (occurrence: SeriesOccurrence) => active && Date.parse(occurrence.start) > now.getTime();

  return (
    <div className="stack">
      <dl className="booking-item__facts">
        <div>
          <dt>{t("series.page.organisation")}</dt>
          <dd>{series.organisation.name}</dd>
        </div>
        <div>
          <dt>{t("series.page.repeats")}</dt>
          <dd>{repeats}</dd>
        </div>
        <div>
          <dt>{t("series.page.time")}</dt>
          <dd>{`${series.startTime}–${series.endTime}`}</dd>
        </div>
        <div>
          <dt>{t("series.page.status")}</dt>
          <dd>{t(active ? "series.page.active" : "series.page.cancelled")}</dd>
        </div>
      </dl>
      {series.description && <Paragraph>{series.description}</Paragraph>}
      {active && (
        <div className="button-row" role="group" aria-label={t("series.page.seriesActions")}>
          <Button variant="secondary" aria-haspopup="dialog" onClick={() => { open("edit", null); }}>
            {t("series.page.editSeries")}
          </Button>
          <Button variant="secondary" data-color="danger" aria-haspopup="dialog" onClick={() => { open("cancel", null); }}>
            {t("series.page.cancelSeries")}
          </Button>
        </div>
      )}
      <div role="status">{announcement && <Paragraph>{announcement}</Paragraph>}</div>
      <section aria-labelledby={occurrencesId} className="stack">
        <Heading level={2} data-size="sm" id={occurrencesId} ref={headingRef} tabIndex={-1}>
          {t("series.page.occurrencesHeading")}
        </Heading>
        <OccurrenceTable occurrences={series.occurrences} changeable={changeable} onAction={open} />
      </section>
      {target && (
        <SeriesDialog
          key={`${target.action}-${target.date ?? "all"}`}
          series={series}
          target={target}
          onClose={close}
          onDone={(message) => {
            close();
            setAnnouncement(message);
          }}
        />
      )}
    </div>
  );
}
