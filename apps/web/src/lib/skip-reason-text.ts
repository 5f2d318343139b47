import { TZDate } from "@date-fns/tz";
import type { Collision, Finding, SkipReason } from "@sambruk/contracts";
import { OSLO } from "@sambruk/domain";
import { format } from "date-fns";
import type { TFunction } from "i18next";
import { findingText } from "./finding-text";

/** "18:00–20:00" on Oslo's 24-hour clock. */
export function timeRange(start: string, end: string): string {
  return `${format(new TZDate(start, OSLO), "HH:mm")}–${format(new TZDate(end, OSLO), "HH:mm")}`;
}

/** What an occurrence collides with, as far as the booker may see it: «Jobbklubb» (NAV Asker) 18:00–20:00. */
export function collisionText(t: TFunction, collision: Collision): string {
  const time = timeRange(collision.start, collision.end);
  if (collision.title === null) return t("series.reason.collisionBusy", { time });
  if (collision.organisation === null) return t("series.reason.collisionNoOrganiser", { title: collision.title, time });
  return t("series.reason.collision", { title: collision.title, organisation: collision.organisation, time });
}

export function collisionsText(t: TFunction, collisions: readonly Collision[]): string {
  return collisions.length === 0 ? t("series.reason.busy") : collisions.map((collision) => collisionText(t, collision)).join("; ");
}

export function findingsText(t: TFunction, language: string, findings: readonly Finding[]): string {
  return findings.map((finding) => findingText(t, language, finding)).join(" ");
}

interface Skipped {
  reason: SkipReason | null;
  findings: readonly Finding[];
  collidesWith: readonly Collision[];
}

/** Why an occurrence of a series is skipped, in words: closed, holiday, what it collides with, the rules, priority. */
export function skipReasonText(t: TFunction, language: string, { reason, findings, collidesWith }: Skipped): string {
  switch (reason) {
    case "closed":
      return t("series.reason.closed");
    case "holiday":
      return t("series.reason.holiday");
    case "overlap":
      return collidesWith.length === 0
        ? t("series.reason.overlapUnknown")
        : t("series.reason.overlap", { what: collisionsText(t, collidesWith) });
    case "rule":
      return t("series.reason.rule", { findings: findingsText(t, language, findings) });
    case "priority":
      return t("series.reason.priority");
    case null:
      return findingsText(t, language, findings);
  }
}
