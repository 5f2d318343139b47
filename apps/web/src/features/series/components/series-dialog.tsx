import { Dialog, Heading } from "@digdir/designsystemet-react";
import { TZDate } from "@date-fns/tz";
import type { Series, SeriesScope } from "@sambruk/contracts";
import { OSLO } from "@sambruk/domain";
import { format } from "date-fns";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { dateLocale } from "../../../lib/date-locale";
import { CancelSeriesForm } from "./cancel-series-form";
import { EditSeriesForm } from "./edit-series-form";
import { ScopeFieldset } from "./scope-fieldset";

export type SeriesAction = "edit" | "cancel";
export interface SeriesTarget {
  action: SeriesAction;
  /** The occurrence the user chose; null for the whole series. */
  date: string | null;
}

interface SeriesDialogProps {
  series: Series;
  target: SeriesTarget;
  onClose: () => void;
  /** The change is saved: what to announce. */
  onDone: (message: string) => void;
}

/** "Endre" or "Avlys" in a modal dialog: which dates it applies to, then the change or the cancellation. */
export function SeriesDialog({ series, target, onClose, onDone }: SeriesDialogProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [scope, setScope] = useState<SeriesScope>(target.date === null ? "all" : "occurrence");
  const occurrence = series.occurrences.find((candidate) => candidate.date === target.date);
  const dateText = occurrence ? format(new TZDate(occurrence.start, OSLO), "PPPP", { locale: dateLocale(i18n.resolvedLanguage) }) : null;
  const heading = t(target.action === "edit" ? "series.edit.heading" : "series.cancel.heading", { title: series.title });

  // The dialog's own effect (a child's) has shown it by now, so its first field can take focus.
  useEffect(() => {
    bodyRef.current?.querySelector<HTMLElement>("input, button")?.focus();
  }, []);

  const form = { series, scope, date: target.date, onCancel: onClose, onDone };
  return (
    <Dialog open onClose={onClose} closeButton={false} aria-labelledby={headingId}>
      <Dialog.Block>
        <div className="stack" ref={bodyRef}>
          <Heading level={2} data-size="sm" id={headingId}>
            {heading}
          </Heading>
          <ScopeFieldset value={scope} dateText={dateText} onChange={setScope} />
          {target.action === "edit" ? <EditSeriesForm {...form} occurrence={occurrence ?? null} /> : <CancelSeriesForm {...form} />}
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
