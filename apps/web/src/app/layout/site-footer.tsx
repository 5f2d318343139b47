import { Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <Paragraph data-size="sm">
          <strong>{t("app.footerOwner")}</strong> · {t("app.footerAbout")}
        </Paragraph>
        <Paragraph data-size="sm">
          <Link asChild>
            <RouterLink to="/tilgjengelighet">{t("accessibility.title")}</RouterLink>
          </Link>
        </Paragraph>
      </div>
    </footer>
  );
}
