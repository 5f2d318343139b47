import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Textfield } from "@digdir/designsystemet-react";
import type { Series, SeriesChangeOutcome, SeriesOccurrence, SeriesScope, UpdateSeries } from "@sambruk/contracts";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { timeRange } from "../../../lib/skip-reason-text";
import { useUpdateSeries } from "../api/update-series";
import { useStaleReload } from "../hooks/use-stale-reload";
import { changesOf, type ChangeValues } from "../utils/series-changes";
import { ChangeReport } from "./change-report";
import { SeriesWriteProblem } from "./series-write-problem";

interface EditSeriesFormProps {
  series: Series;
  scope: SeriesScope;
  date: string | null;
  occurrence: SeriesOccurrence | null;
  onCancel: () => void;
  onDone: (message: string) => void;
}

/** Title and times for the dates in scope: a dry run first says which dates the change no longer fits, then it is saved. */
export function EditSeriesForm({ series, scope, date, occurrence, onCancel, onDone }: EditSeriesFormProps) {
  const { t } = useTranslation();
  const [start, end] = occurrence ? timeRange(occurrence.start, occurrence.end).split("–") : [series.startTime, series.endTime];
  const initial: ChangeValues = { title: series.title, startTime: start ?? series.startTime, endTime: end ?? series.endTime };
  const [values, setValues] = useState(initial);
  const [formError, setFormError] = useState<string | null>(null);
  const [report, setReport] = useState<{ key: string; occurrences: SeriesChangeOutcome[] } | null>(null);
  const [misfits, setMisfits] = useState<"keep" | "cancel">("keep");
  const update = useUpdateSeries();
  const stale = useStaleReload(series.id);

  const changes = changesOf(values, initial);
  const target = { scope, ...(scope !== "all" && date !== null ? { date } : {}) };
  const key = JSON.stringify([target, changes]);
  const current = report?.key === key ? report.occurrences : null;
  const misfitCount = current?.filter((outcome) => outcome.outcome !== "fits").length ?? 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typeof changes === "string") return void setFormError(t(`series.edit.${changes}`));
    setFormError(null);
    const dryRun = current === null;
    const body: UpdateSeries = { ...target, changes, dryRun, misfits: dryRun || misfitCount === 0 ? "refuse" : misfits };
    update.mutate(
      { series, body },
      {
        onSuccess: (answer) => {
          if (answer.kind === "misfits") return void setReport({ key, occurrences: answer.occurrences });
          if (answer.report.applied) return void onDone(t("series.edit.saved"));
          setReport({ key, occurrences: answer.report.occurrences });
        },
        onError: stale.onError,
      },
    );
  };

  const field = (name: keyof ChangeValues) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => {
      setValues((now) => ({ ...now, [name]: event.target.value }));
    },
  });

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <Textfield label={t("series.edit.title")} maxLength={120} {...field("title")} />
      <Paragraph data-size="sm">{t("series.edit.timeHint")}</Paragraph>
      <div className="button-row">
        <Textfield type="time" label={t("series.edit.start")} {...field("startTime")} />
        <Textfield type="time" label={t("series.edit.end")} {...field("endTime")} />
      </div>
      {formError !== null && (
        <Alert data-color="warning" role="alert">
          <Paragraph>{formError}</Paragraph>
        </Alert>
      )}
      {current && <ChangeReport occurrences={current} />}
      {current && misfitCount > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t("series.edit.misfitsLegend")}</Fieldset.Legend>
          {(["keep", "cancel"] as const).map((choice) => (
            <Radio
              key={choice}
              name="misfits"
              value={choice}
              label={t(choice === "keep" ? "series.edit.misfitsKeep" : "series.edit.misfitsCancel")}
              checked={misfits === choice}
              onChange={() => {
                setMisfits(choice);
              }}
            />
          ))}
        </Fieldset>
      )}
      {update.error !== null && (
        <Alert data-color="danger" role="alert">
          <Heading level={3} data-size="xs">
            {t("bookingActions.saveFailed")}
          </Heading>
          <SeriesWriteProblem error={update.error} />
        </Alert>
      )}
      <div className="button-row">
        <Button type="submit" loading={update.isPending}>
          {update.isPending ? t("series.edit.checking") : t(current ? "series.edit.apply" : "series.edit.check")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("series.edit.close")}
        </Button>
      </div>
    </form>
  );
}
