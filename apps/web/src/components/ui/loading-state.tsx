import { Paragraph, Spinner } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

/** A polite status region that says something is loading. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  const text = label ?? t("status.loading");
  return (
    <div role="status" aria-busy="true" className="state state--loading">
      <Spinner aria-hidden="true" data-size="md" />
      <Paragraph>{text}</Paragraph>
    </div>
  );
}
