import { SkipLink } from "@digdir/designsystemet-react";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useNavigation } from "react-router";
import { LoadingState } from "../../components/ui/loading-state";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { useFocusOnNavigation } from "./use-focus-on-navigation";

export const MAIN_ID = "main-content";

/** The page shell: skip link, header with navigation, the page in <main>, footer. */
export function RootLayout() {
  const { t } = useTranslation();
  const mainRef = useFocusOnNavigation<HTMLElement>();
  const navigating = useNavigation().state === "loading";
  return (
    <div className="page">
      <SkipLink href={`#${MAIN_ID}`}>{t("app.skipToContent")}</SkipLink>
      <SiteHeader />
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="page__main" aria-busy={navigating || undefined}>
        {navigating && <LoadingState />}
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
    </div>
  );
}
