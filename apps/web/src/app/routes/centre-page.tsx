import { Heading } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { LoadingState } from "../../components/ui/loading-state";
import { useCentre } from "../../features/centres/api/get-centre";
import { CentreDetails } from "../../features/centres/components/centre-details";
import { DemoNotice } from "../../features/centres/components/demo-notice";
import { useDocumentTitle } from "../../lib/document-title";
import { BackToCentres } from "./back-to-centres";
import { RouteErrorState } from "./route-error-state";

/** One centre: name, address and its week of opening and staffed hours. */
export function CentrePage() {
  const { id = "" } = useParams();
  const { data: centre } = useCentre(id);
  return (
    <CentreFrame heading={centre.name}>
      {centre.isDemo && <DemoNotice />}
      <CentreDetails centre={centre} />
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
