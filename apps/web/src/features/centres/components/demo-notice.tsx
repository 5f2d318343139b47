import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

/** Says plainly that the centres are real but their hours, rooms and people are invented. */
export function DemoNotice() {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning" className="demo-notice">
      <Heading level={2} data-size="xs">
        {t("centres.demoTitle")}
      </Heading>
      <Paragraph>{t("centres.demoNotice")}</Paragraph>
    </Alert>
  );
}
