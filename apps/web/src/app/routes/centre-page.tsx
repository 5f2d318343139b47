import { Heading } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { LoadingState } from "../../components/ui/loading-state";
import { useCentre } from "../../features/centres/api/get-centre";
import { CentreDetails } from "../../features/centres/components/centre-details";
import { CentreLinks } from "../../features/centres/components/centre-links";
import { CentreSpaces } from "../../features/centres/components/centre-spaces";
import { DemoNotice } from "../../features/centres/components/demo-notice";
import { findRoomPath } from "../../features/centres/utils/find-room-path";
import { programmePath } from "../../features/programme/utils/programme-filters";
import { useDocumentTitle } from "../../lib/document-title";
import { BackToCentres } from "./back-to-centres";
import { RouteErrorState } from "./route-error-state";

/**
 * One centre: name, address, its week of opening and staffed hours (today marked), its accessibility in
 * short and its rooms, with links to its programme and to a free room here. (Closures and public holidays
 * are not in the centre's contract, so they are not shown here.)
 */
export function CentrePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data: centre } = useCentre(id);
  return (
    <CentreFrame heading={centre.name}>
      {centre.isDemo && <DemoNotice />}
      <CentreLinks
        links={[
          { to: findRoomPath(centre.id), label: t("centres.findFreeRoomHere") },
          { to: programmePath({ centreId: centre.id }), label: t("centres.programmeHere") },
        ]}
      />
      <CentreDetails centre={centre} />
      <CentreSpaces centreId={centre.id} />
    </CentreFrame>
  );
}

export function CentreLoading() {
  const { t } = useTranslation();
  return (
    <CentreFrame heading={t("centre.loadingTitle")}>
      <LoadingState />
    </CentreFrame>
  );
}

export function CentreError() {
  const { t } = useTranslation();
  return (
    <CentreFrame heading={t("centre.errorHeading")}>
      <RouteErrorState />
    </CentreFrame>
  );
}

function CentreFrame({ heading, children }: { heading: string; children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(heading, t("app.name"));
  return (
    <div className="stack">
      <BackToCentres />
      <Heading level={1} data-size="lg">
        {heading}
      </Heading>
      {children}
    </div>
  );
}
