import { Link } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";

export function BackToCentres() {
  const { t } = useTranslation();
  return (
    <Link asChild className="back-link">
      <RouterLink to="/">
        <span aria-hidden="true">← </span>
        {t("centre.backToList")}
      </RouterLink>
    </Link>
  );
}
