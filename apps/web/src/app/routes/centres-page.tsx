import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/ui/empty-state";
import { LoadingState } from "../../components/ui/loading-state";
import { useCentres } from "../../features/centres/api/get-centres";
import { CentreList } from "../../features/centres/components/centre-list";
import { DemoNotice } from "../../features/centres/components/demo-notice";
import { useDocumentTitle } from "../../lib/document-title";
import { RouteErrorState } from "./route-error-state";

/** The start page: the seven local centres with today's hours. */
export function CentresPage() {
  const { t } = useTranslation();
  const { data: centres } = useCentres();
  return (
    <CentresFrame>
      {centres.length === 0 && <EmptyState message={t("centres.empty")} />}
      {centres.some((centre) => centre.isDemo) && <DemoNotice />}
      {centres.length > 0 && <CentreList centres={centres} />}
    </CentresFrame>
  );
}

export function CentresLoading() {
  return (
    <CentresFrame>
      <LoadingState />
    </CentresFrame>
  );
}

export function CentresError() {
  return (
    <CentresFrame>
      <RouteErrorState />
    </CentresFrame>
  );
}

function CentresFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t("centres.title"), t("app.name"));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("centres.heading")}
      </Heading>
      <Paragraph className="lead">{t("centres.intro")}</Paragraph>
      {children}
    </div>
  );
}
