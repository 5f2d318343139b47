import { Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

export function OpenStatus({ openNow }: { openNow: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={openNow ? "success" : "neutral"} data-size="sm">
      {openNow ? t("centres.openNow") : t("centres.closedNow")}
    </Tag>
  );
}
