import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { useMe } from "../../features/auth/api/get-me";
import { useProviders } from "../../features/auth/api/get-providers";
import { DemoLogin } from "../../features/auth/components/demo-login";
import { LoginFailedAlert } from "../../features/auth/components/login-failed-alert";
import { ProviderList } from "../../features/auth/components/provider-list";
import { safeReturnTo } from "../../features/auth/utils/login-path";
import { useDocumentTitle } from "../../lib/document-title";
import { LoadingState } from "../../components/ui/loading-state";
import { RouteErrorState } from "./route-error-state";

/**
 * Sign-in: a link per identity provider and, on a demo server, the demo people. `?returnTo=` is where to
 * go afterwards (a path of this site only); `?feil=<code>` is what the provider's callback reported.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get("returnTo")) ?? "/";
  const failure = params.get("feil");
  const { data: providers } = useProviders();
  const { data: me } = useMe();

  return (
    <LoginFrame>
      {failure && <LoginFailedAlert code={failure} />}
      {me && <Paragraph>{t("auth.signedInAs", { name: me.user.displayName })}</Paragraph>}
      <ProviderList providers={providers.providers} returnTo={returnTo} />
      {providers.demoLogin && (
        <DemoLogin
          onLoggedIn={() => {
            void navigate(returnTo, { replace: true });
          }}
        />
      )}
    </LoginFrame>
  );
}

export function LoginLoading() {
  return (
    <LoginFrame>
      <LoadingState />
    </LoginFrame>
  );
}

export function LoginError() {
  return (
    <LoginFrame>
      <RouteErrorState />
    </LoginFrame>
  );
}

function LoginFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.loginTitle"), t("app.name"));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("auth.loginTitle")}
      </Heading>
      <Paragraph className="lead">{t("auth.loginIntro")}</Paragraph>
      {children}
    </div>
  );
}
