import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Alternative } from "@sambruk/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { LiveDecision } from "../hooks/use-live-decision";
import { AlternativeList } from "./alternative-list";
import { FindingGroups } from "./finding-groups";

interface RuleFeedbackProps {
  decision: LiveDecision | null;
  checking: boolean;
  onTakeAlternative: (alternative: Alternative) => void;
}

/**
 * What the rules say about the form as it stands, in a polite live region, so a screen reader hears a new
 * finding without losing its place in the form.
 */
export function RuleFeedback({ decision, checking, onTakeAlternative }: RuleFeedbackProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="booking-feedback" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t("bookingForm.findings.heading")}
      </Heading>
      <div aria-live="polite" className="booking-feedback__live">
        {decision ? (
          <>
            <Paragraph>{t(`bookingForm.findings.outcome.${decision.outcome}`)}</Paragraph>
            <FindingGroups findings={decision.findings} level={3} />
          </>
        ) : (
          <Paragraph>{t("bookingForm.findings.waiting")}</Paragraph>
        )}
      </div>
      {decision && decision.alternatives.length > 0 && (
        <AlternativeList alternatives={decision.alternatives} onTake={onTakeAlternative} label={t("bookingForm.findings.alternatives")} />
      )}
      {checking && (
        <Paragraph data-size="sm" className="booking-feedback__checking">
          {t("bookingForm.findings.checking")}
        </Paragraph>
      )}
    </section>
  );
}
