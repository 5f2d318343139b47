import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Finding } from "@sambruk/contracts";
import { MESSAGES, messageFor, OSLO, type Locale, type PolicyFindingCode } from "@sambruk/domain";
import type { TFunction } from "i18next";
import { dateLocale } from "./date-locale";
import { isLanguage } from "./i18n/languages";

export type Severity = NonNullable<Finding["severity"]>;
export const SEVERITIES: readonly Severity[] = ["refuse", "review", "warn"];

function isKnownCode(code: string): code is PolicyFindingCode {
  return Object.hasOwn(MESSAGES, code);
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const SENSITIVITIES = ["open", "discreet", "shielded", "security"] as const;
const BOOKER_KINDS = ["service_unit", "volunteer_group", "resident", "front_desk"] as const;

/** A parameter as the reader expects it: classes and booker kinds in words, instants as Oslo times. */
function readable(t: TFunction, language: string, name: string, value: string | number): string | number {
  if (typeof value !== "string") return value;
  if (name === "sensitivity" && (SENSITIVITIES as readonly string[]).includes(value)) {
    return t(`bookingForm.sensitivity.${value as (typeof SENSITIVITIES)[number]}`);
  }
  if (name === "allowed") {
    return value
      .split(",")
      .map((kind) => kind.trim())
      .map((kind) => ((BOOKER_KINDS as readonly string[]).includes(kind) ? t(`bookingForm.bookerKind.${kind as (typeof BOOKER_KINDS)[number]}`) : kind))
      .join(", ");
  }
  if (INSTANT.test(value)) return format(new TZDate(value, OSLO), "PPPp", { locale: dateLocale(language) });
  return value;
}

/**
 * A finding in plain language, from the domain's own nb/nn/en texts (the same the API would use), with its
 * parameters in words; a code this version does not know gets a general text rather than the code.
 */
export function findingText(t: TFunction, language: string, finding: Finding): string {
  if (!isKnownCode(finding.code)) return t("bookingForm.findings.unknown");
  const locale: Locale = isLanguage(language) ? language : "nb";
  const params = Object.fromEntries(
    Object.entries(finding.params ?? {}).map(([name, value]) => [name, readable(t, language, name, value)]),
  );
  return messageFor(finding.code, locale, params);
}

/** The findings by severity; a finding without one (as in a 422) refuses. */
export function groupBySeverity(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { refuse: [], review: [], warn: [] };
  for (const finding of findings) groups[finding.severity ?? "refuse"].push(finding);
  return groups;
}
