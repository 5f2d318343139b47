import { Heading } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../lib/document-title";

/** Loaded on demand (react-router's `lazy`): the route module exports `Component`. */
export function Component() {
  const { t } = useTranslation();
  useDocumentTitle(t("programme.title"), t("app.name"));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("programme.title")}
      </Heading>
    </div>
  );
}
