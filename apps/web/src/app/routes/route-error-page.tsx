import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useRouteError } from "react-router";
import { useDocumentTitle } from "../../lib/document-title";
import { errorMessage } from "../../lib/error-message";

/** Shown inside the page shell when a route fails in a way its own error element does not cover. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t("status.errorTitle"), t("app.name"));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("status.errorTitle")}
      </Heading>
      <Paragraph>{errorMessage(t, error)}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t("notFound.home")}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
