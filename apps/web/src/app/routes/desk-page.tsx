import { Link, Paragraph } from "@digdir/designsystemet-react";
import type { Me } from "@sambruk/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useSearchParams } from "react-router";
import { LoadingState } from "../../components/ui/loading-state";
import { PageFrame } from "../../components/ui/page-frame";
import { useMe } from "../../features/auth/api/get-me";
import { loginPath } from "../../features/auth/utils/login-path";
import { centresQueryOptions } from "../../features/centres/api/get-centres";
import { DeskWorkspace } from "../../features/desk/components/desk-workspace";
import { DESK_VIEWS, type DeskViewName } from "../../features/desk/components/desk-toolbar";
import { isDateText, osloToday } from "../../features/desk/utils/desk-date";
import { DESK_PATH } from "../../features/desk/utils/desk-path";
import { invalidateDesk } from "../../features/desk/api/invalidate-desk";
import { BlockForm, DeskBookingForm } from "../../features/desk-forms";
import { useNow } from "../../lib/clock";

/** Narrow screens get the list first; the board needs width. */
const NARROW = "(max-width: 47.99em)";
const isNarrow = () => typeof window.matchMedia === "function" && window.matchMedia(NARROW).matches;

const VIEW_PARAMS: Record<DeskViewName, string> = { board: "tavle", list: "liste", queue: "ko", newBooking: "ny-booking", block: "blokker" };

/** /vertskap: the front desk of the host's centres (every centre for an admin). Loaded on demand. */
export function Component() {
  const { t } = useTranslation();
  const { data: me, error } = useMe();
  let content;
  if (me) content = me.roles.includes("admin") || me.frontDeskCentres.length > 0 ? <Desk me={me} /> : <Paragraph>{t("desk.noAccess")}</Paragraph>;
  else if (me === undefined && !error) content = <LoadingState />;
  else {
    content = (
      <Paragraph>
        {t("desk.signedOut")}{" "}
        <Link asChild>
          <RouterLink to={loginPath(DESK_PATH)}>{t("auth.login")}</RouterLink>
        </Link>
      </Paragraph>
    );
  }
  return <PageFrame title={t("desk.title")}>{content}</PageFrame>;
}

function Desk({ me }: { me: Me }) {
  const now = useNow();
  const [narrow] = useState(isNarrow);
  const [params, setParams] = useSearchParams();
  const allCentres = useQuery(centresQueryOptions());
  const queryClient = useQueryClient();
  const isAdmin = me.roles.includes("admin");
  const centres = isAdmin ? (allCentres.data ?? []) : me.frontDeskCentres;
  if (isAdmin && allCentres.isPending) return <LoadingState />;

  const today = osloToday(now);
  const requestedCentre = params.get("senter");
  const centreId = centres.find((centre) => centre.id === requestedCentre)?.id ?? centres[0]?.id;
  const requestedDate = params.get("dato");
  const date = isDateText(requestedDate) ? requestedDate : today;
  const requestedView = DESK_VIEWS.find((name) => VIEW_PARAMS[name] === params.get("visning"));
  const view = requestedView ?? (narrow ? "list" : "board");
  if (!centreId) return <LoadingState />;

  const centreName = (id: string) => allCentres.data?.find((centre) => centre.id === id)?.name ?? centres.find((centre) => centre.id === id)?.name;
  const onChange = (next: { centreId?: string; date?: string; view?: DeskViewName }) => {
    const search = new URLSearchParams(params);
    search.set("senter", next.centreId ?? centreId);
    search.set("dato", next.date ?? date);
    search.set("visning", VIEW_PARAMS[next.view ?? view]);
    setParams(search, { replace: true });
  };
  return (
    <DeskWorkspace
      centres={centres}
      centreId={centreId}
      date={date}
      today={today}
      view={view}
      onChange={onChange}
      centreName={centreName}
      renderForm={(form, props) => {
        const onSaved = () => void invalidateDesk(queryClient);
        return form === "newBooking" ? <DeskBookingForm {...props} isAdmin={isAdmin} onSaved={onSaved} /> : <BlockForm {...props} onSaved={onSaved} />;
      }}
    />
  );
}
