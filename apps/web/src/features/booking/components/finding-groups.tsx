import { Heading, List } from "@digdir/designsystemet-react";
import type { Finding } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { findingText, groupBySeverity, SEVERITIES } from "../../../lib/finding-text";

/** The findings in plain language, grouped: what stops the booking, what goes to the front desk, what to note. */
export function FindingGroups({ findings, level }: { findings: readonly Finding[]; level: 2 | 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const groups = groupBySeverity(findings);
  return (
    <>
      {SEVERITIES.filter((severity) => groups[severity].length > 0).map((severity) => (
        <div key={severity} className={`booking-findings booking-findings--${severity}`}>
          <Heading level={level} data-size="2xs">
            {t(`bookingForm.findings.${severity}`)}
          </Heading>
          <List.Unordered>
            {groups[severity].map((finding, index) => (
              <List.Item key={`${finding.code}-${String(index)}`}>{findingText(t, i18n.language, finding)}</List.Item>
            ))}
          </List.Unordered>
        </div>
      ))}
    </>
  );
}
