import { Alert, Button, Heading } from "@digdir/designsystemet-react";
import type { Series, SeriesScope } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { useCancelSeries } from "../api/cancel-series";
import { useStaleReload } from "../hooks/use-stale-reload";
import { SeriesWriteProblem } from "./series-write-problem";

interface CancelSeriesFormProps {
  series: Series;
  scope: SeriesScope;
  date: string | null;
  onCancel: () => void;
  onDone: (message: string) => void;
}

/** Confirms the cancellation of the dates in scope (POST /series/{id}/cancel with If-Match). */
export function CancelSeriesForm({ series, scope, date, onCancel, onDone }: CancelSeriesFormProps) {
  const { t } = useTranslation();
  const cancel = useCancelSeries();
  const stale = useStaleReload(series.id);

  const confirm = () => {
    const body = scope === "all" || date === null ? { scope: "all" as const } : { scope, date };
    cancel.mutate(
      { series, body },
      {
        onSuccess: () => {
          onDone(t("series.cancel.done"));
        },
        onError: stale.onError,
      },
    );
  };

  return (
    <>
      {cancel.error !== null && (
        <Alert data-color="danger" role="alert">
          <Heading level={3} data-size="xs">
            {t("series.cancel.failed")}
          </Heading>
          <SeriesWriteProblem error={cancel.error} />
        </Alert>
      )}
      <div className="button-row">
        <Button data-color="danger" onClick={confirm} loading={cancel.isPending}>
          {cancel.isPending ? t("series.cancel.sending") : t("series.cancel.confirm")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("series.cancel.close")}
        </Button>
      </div>
    </>
  );
}
