import { Heading } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../lib/document-title";

/** A page's level-1 heading, which also names the browser tab, above its content. */
export function PageFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(title, t("app.name"));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {children}
    </div>
  );
}
