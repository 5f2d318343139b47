import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Series } from "@sambruk/contracts";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";

interface SeriesCreatedProps {
  series: Series;
  seriesHref: (id: string) => string;
  onBookAnother: () => void;
}

/** The series is booked: how many dates, and the way to its page; focus moves here. */
export function SeriesCreated({ series, seriesHref, onBookAnother }: SeriesCreatedProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, []);
  const booked = series.occurrences.filter((occurrence) => occurrence.state === "booked").length;
  return (
    <section ref={panel} tabIndex={-1} aria-labelledby={headingId} className="stack">
      <Alert data-color="success">
        <Heading level={2} data-size="xs" id={headingId}>
          {t("series.preview.createdHeading")}
        </Heading>
        <Paragraph>{t("series.preview.createdText", { count: booked, title: series.title })}</Paragraph>
        <Paragraph>
          <Link asChild>
            <RouterLink to={seriesHref(series.id)}>{t("series.preview.seeSeries")}</RouterLink>
          </Link>
        </Paragraph>
      </Alert>
      <div>
        <Button variant="secondary" onClick={onBookAnother}>
          {t("series.preview.bookAnother")}
        </Button>
      </div>
    </section>
  );
}
