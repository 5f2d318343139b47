import { Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <Paragraph data-size="sm">
          <strong>{t("app.footerOwner")}</strong> · {t("app.footerAbout")}
        </Paragraph>
      </div>
    </footer>
  );
}
