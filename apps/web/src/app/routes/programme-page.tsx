import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { centresQueryOptions } from "../../features/centres/api/get-centres";
import { dropInPath } from "../../features/drop-ins/utils/drop-in-paths";
import { ProgrammeFilters } from "../../features/programme/components/programme-filters";
import { ProgrammeResult } from "../../features/programme/components/programme-result";
import {
  programmeSearch,
  readProgrammeFilters,
  type ProgrammeFilters as Filters,
} from "../../features/programme/utils/programme-filters";
import { programmeWeek } from "../../features/programme/utils/programme-week";
import { useNow } from "../../lib/clock";
import { useDocumentTitle } from "../../lib/document-title";

/**
 * "Hva skjer": the public programme of today and the rest of this week (Oslo time, Monday first), for all
 * centres or one, for one audience or all. The filters live in the URL (`?sentre=<id>&for=<audience>`).
 * Loaded on demand (react-router's `lazy`): the route module exports `Component`.
 */
export function Component() {
  const { t } = useTranslation();
  useDocumentTitle(t("programme.title"), t("app.name"));
  const [params, setParams] = useSearchParams();
  const filters = readProgrammeFilters(params);
  // The names of the centres for the filter; the list is small and usually cached.
  const centres = useQuery(centresQueryOptions());
  // Plain strings: the query key stays the same all day and moves on at midnight in Oslo.
  const week = programmeWeek(useNow());

  const update = (next: Filters) => {
    setParams(programmeSearch(next), { replace: true });
  };

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("programme.title")}
      </Heading>
      <Paragraph>{t("programme.intro")}</Paragraph>
      <ProgrammeFilters centres={centres.data ?? []} value={filters} onChange={update} />
      <ProgrammeResult
        filters={filters}
        week={week}
        dropInHref={(dropIn) => dropInPath({ id: dropIn.id, start: dropIn.start, centreId: dropIn.centre.id })}
      />
    </div>
  );
}
