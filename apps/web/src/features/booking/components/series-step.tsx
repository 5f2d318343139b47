import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Series, SeriesInput } from "@sambruk/contracts";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isRetryable } from "../../../lib/api-error";
import { errorMessage } from "../../../lib/error-message";
import { isLanguage } from "../../../lib/i18n/languages";
import { useCreateSeries } from "../api/create-series";
import { useSeriesPreview } from "../api/preview-series";
import { SeriesCreated } from "./series-created";
import { SeriesPreviewTable } from "./series-preview-table";

interface SeriesStepProps {
  input: SeriesInput;
  idempotencyKey: string;
  /** A fresh key: the next attempt sends other dates, which the old key must not be reused for. */
  onNewKey: () => void;
  onBooked: () => void;
  onBack: () => void;
  onBookAnother: () => void;
  seriesHref: (id: string) => string;
}

/** The series previewed (each date ok or skipped, and why), the ok dates to book ticked, then booked in one go. */
export function SeriesStep({ input, idempotencyKey, onNewKey, onBooked, onBack, onBookAnother, seriesHref }: SeriesStepProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const preview = useSeriesPreview(input);
  const create = useCreateSeries();
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [changed, setChanged] = useState(false);
  const [created, setCreated] = useState<Series | null>(null);
  const [noneChosen, setNoneChosen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const loaded = preview.data !== undefined;

  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded, changed]);

  if (created) return <SeriesCreated series={created} seriesHref={seriesHref} onBookAnother={onBookAnother} />;
  if (preview.isPending) return <LoadingState label={t("series.preview.previewing")} />;
  if (preview.error) {
    const retry = isRetryable(preview.error) ? () => void preview.refetch() : undefined;
    return (
      <ErrorState error={preview.error} onRetry={retry} retrying={preview.isFetching}>
        <Button variant="secondary" onClick={onBack}>
          {t("series.preview.back")}
        </Button>
      </ErrorState>
    );
  }

  const dates = preview.data.occurrences
    .filter((occurrence) => occurrence.status === "ok" && !excluded.has(occurrence.date))
    .map((occurrence) => occurrence.date);

  const commit = () => {
    if (dates.length === 0) return void setNoneChosen(true);
    setNoneChosen(false);
    create.mutate(
      { request: { ...input, dates }, idempotencyKey },
      {
        onSuccess: (outcome) => {
          if (outcome.kind === "created") {
            onBooked();
            setCreated(outcome.series);
            return;
          }
          onNewKey();
          setExcluded(new Set());
          setChanged(true);
          headingRef.current?.focus();
        },
      },
    );
  };

  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId} ref={headingRef} tabIndex={-1}>
        {t("series.preview.heading")}
      </Heading>
      {changed && (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t("series.preview.changed")}</Paragraph>
        </Alert>
      )}
      <Paragraph>{preview.data.description[language]}</Paragraph>
      <Paragraph>
        <strong>{t("series.preview.summary", { ok: preview.data.ok, skipped: preview.data.skipped })}</strong>
      </Paragraph>
      <SeriesPreviewTable
        occurrences={preview.data.occurrences}
        excluded={excluded}
        onToggle={(date, include) => {
          setExcluded((current) => {
            const next = new Set(current);
            if (include) next.delete(date);
            else next.add(date);
            return next;
          });
        }}
      />
      {(create.error ?? noneChosen) && (
        <Alert data-color="danger" role="alert">
          <Heading level={3} data-size="2xs">
            {t("series.preview.failedHeading")}
          </Heading>
          <Paragraph>{create.error ? errorMessage(t, create.error) : t("series.preview.noneChosen")}</Paragraph>
        </Alert>
      )}
      <div className="button-row">
        <Button onClick={commit} loading={create.isPending} aria-disabled={create.isPending || undefined}>
          {create.isPending ? t("series.preview.committing") : t("series.preview.commit", { count: dates.length })}
        </Button>
        <Button variant="secondary" onClick={onBack}>
          {t("series.preview.back")}
        </Button>
      </div>
    </section>
  );
}
