import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { OSLO } from "@sambruk/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { centresQueryOptions } from "../../features/centres/api/get-centres";
import { FindRoomFiltersForm } from "../../features/find-room/components/find-room-filters";
import { FindRoomResults, type ResultsView } from "../../features/find-room/components/find-room-results";
import { filtersFromParams, filtersToParams } from "../../features/find-room/utils/filters";
import { shiftWeeks, todayIn } from "../../features/find-room/utils/week";
import { useNow } from "../../lib/clock";
import { useDocumentTitle } from "../../lib/document-title";

/** Narrow screens get the list first; the calendar needs width to be usable. */
const NARROW = "(max-width: 47.99em)";
const isNarrow = () => typeof window.matchMedia === "function" && window.matchMedia(NARROW).matches;

/** Loaded on demand (react-router's `lazy`): the route module exports `Component`. */
export function Component() {
  const { t } = useTranslation();
  useDocumentTitle(t("findRoom.title"), t("app.name"));
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const [narrow] = useState(isNarrow);
  // The address a search led to: once it is shown and its results are in, focus moves to the results heading.
  const [focusFor, setFocusFor] = useState<string | null>(null);
  const centres = useQuery(centresQueryOptions());
  const filters = filtersFromParams(params, todayIn(now, OSLO));
  const requestedView = params.get("visning");
  const view: ResultsView = requestedView === "kalender" ? "calendar" : requestedView === "liste" || narrow ? "list" : "calendar";

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("findRoom.title")}
      </Heading>
      <Paragraph>{t("findRoom.intro")}</Paragraph>
      <FindRoomFiltersForm
        key={params.toString()}
        centres={centres.data ?? []}
        initial={filters}
        onSearch={(next) => {
          const search = filtersToParams(next, params);
          setParams(search);
          setFocusFor(search.toString());
        }}
      />
      <FindRoomResults
        filters={filters}
        centreName={(id) => centres.data?.find((centre) => centre.id === id)?.name}
        view={view}
        onViewChange={(next) => { setParam("visning", next === "calendar" ? "kalender" : "liste"); }}
        spaceId={params.get("rom")}
        onSpaceChange={(id) => { setParam("rom", id); }}
        onWeekChange={(weeks) => {
          setParams(filtersToParams({ ...filters, date: shiftWeeks(filters.date, weeks) }, params));
        }}
        now={now}
        focusResults={focusFor !== null && focusFor === params.toString()}
        onResultsFocused={() => {
          setFocusFor(null);
        }}
      />
    </div>
  );
}
