import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { useDocumentTitle } from "../../lib/document-title";

/** Any client route the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"), t("app.name"));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("notFound.heading")}
      </Heading>
      <Paragraph>{t("notFound.body")}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t("notFound.home")}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
