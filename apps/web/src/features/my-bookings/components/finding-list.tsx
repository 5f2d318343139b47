import type { Finding } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { findingText } from "../../../lib/finding-text";

/** What the rules said, in words (the domain's texts, as the booking form shows them). */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul>
      {findings.map((finding, index) => (
        <li key={`${finding.code}-${String(index)}`}>{findingText(t, i18n.language, finding)}</li>
      ))}
    </ul>
  );
}
