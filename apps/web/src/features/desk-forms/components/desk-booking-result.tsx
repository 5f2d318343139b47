import { Alert, Button, Heading, List, Paragraph } from "@digdir/designsystemet-react";
import type { Alternative, Space } from "@sambruk/contracts";
import { frontDeskMessageFor } from "@sambruk/domain";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../../lib/error-message";
import { findingText } from "../../../lib/finding-text";
import { isLanguage } from "../../../lib/i18n/languages";
import type { DeskBookingOutcome } from "../api/create-desk-booking";
import { formatSpan } from "../utils/oslo-time";
import { BumpedList } from "./bumped-list";

export type DeskSubmitResult = DeskBookingOutcome | { kind: "error"; error: unknown };

interface DeskBookingResultProps {
  result: DeskSubmitResult;
  spaces: readonly Space[];
  /** Fills the form with a free alternative's space and time (one of this centre's spaces). */
  onUseAlternative: (alternative: Alternative) => void;
}

const COLORS = { created: "success", conflict: "warning", refused: "danger", bump_refused: "danger", error: "danger" } as const;

/** What came of the desk's booking; focus moves here so the answer is the next thing read. */
export function DeskBookingResult({ result, spaces, onUseAlternative }: DeskBookingResultProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, [result]);
  const spaceName = (id: string) => spaces.find((space) => space.id === id)?.name;

  const frame = (heading: string, body: ReactNode) => (
    <section ref={panel} tabIndex={-1} aria-labelledby={headingId}>
      <Alert data-color={COLORS[result.kind]}>
        <Heading level={3} data-size="xs" id={headingId}>
          {heading}
        </Heading>
        {body}
      </Alert>
    </section>
  );

  switch (result.kind) {
    case "created": {
      const { booking } = result.created;
      const when = formatSpan(booking.start, booking.end, language);
      return frame(
        t("deskForms.booking.createdHeading"),
        <>
          <Paragraph>{t("deskForms.booking.createdText", { title: booking.title, when, space: spaceName(booking.spaceId) ?? "" })}</Paragraph>
          {result.created.bumped.length > 0 && <BumpedList bumped={result.created.bumped} spaceName={spaceName} />}
        </>,
      );
    }
    case "conflict": {
      const here = result.alternatives.filter((alternative) => spaceName(alternative.spaceId) !== undefined);
      return frame(
        t("deskForms.booking.conflictHeading"),
        <>
          <Paragraph>{t("deskForms.booking.conflictText")}</Paragraph>
          <Paragraph>{t("deskForms.booking.conflictBumpHint")}</Paragraph>
          {here.length === 0 ? (
            <Paragraph>{t("deskForms.booking.noAlternatives")}</Paragraph>
          ) : (
            <List.Unordered aria-label={t("deskForms.booking.alternativesLabel")}>
              {here.map((alternative) => (
                <List.Item key={`${alternative.spaceId}-${alternative.start}`}>
                  <Button variant="secondary" data-size="sm" onClick={() => { onUseAlternative(alternative); }}>
                    {t("deskForms.booking.useAlternative", { when: formatSpan(alternative.start, alternative.end, language), where: spaceName(alternative.spaceId) })}
                  </Button>
                </List.Item>
              ))}
            </List.Unordered>
          )}
        </>,
      );
    }
    case "refused":
      return frame(
        t("deskForms.booking.refusedHeading"),
        <List.Unordered>
          {result.findings.map((finding, index) => (
            <List.Item key={`${finding.code}-${String(index)}`}>{findingText(t, language, finding)}</List.Item>
          ))}
        </List.Unordered>,
      );
    case "bump_refused": {
      const locale = isLanguage(language) ? language : "nb";
      const messages = [...new Set(result.refusals.map((refusal) => frontDeskMessageFor(refusal.code, locale, refusal.params)))];
      return frame(
        t("deskForms.booking.bumpRefusedHeading"),
        <>
          <Paragraph>{t("deskForms.booking.bumpRefusedText")}</Paragraph>
          <List.Unordered>
            {messages.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List.Unordered>
        </>,
      );
    }
    case "error":
      return frame(
        t("deskForms.booking.errorHeading"),
        <>
          <Paragraph>{errorMessage(t, result.error)}</Paragraph>
          <Paragraph>{t("deskForms.kept")}</Paragraph>
        </>,
      );
  }
}
