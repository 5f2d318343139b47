// Texts of the front desk's refusals, in nb, nn and en. {{name}} is replaced by the refusal's parameter.
import { fillPlaceholders, type Locale, type MessageTexts } from "../policy/messages";
import type { FrontDeskCode } from "./codes";

export const FRONT_DESK_MESSAGES: Readonly<Record<FrontDeskCode, MessageTexts>> = {
  bump_lower_tier_only: {
    nb: "Du kan bare ta over tiden til en booking med lavere prioritet enn din egen.",
    nn: "Du kan berre ta over tida til ei booking med lågare prioritet enn di eiga.",
    en: "You can only bump a booking with a lower priority than your own.",
  },
  bump_notice_too_short: {
    nb: "En booking kan bare tas over minst {{noticeDays}} dager før den starter. Nå er det for sent; bare en administrator kan gjøre unntak, med en begrunnelse.",
    nn: "Ei booking kan berre takast over minst {{noticeDays}} dagar før ho startar. No er det for seint; berre ein administrator kan gjere unntak, med ei grunngjeving.",
    en: "A booking can only be bumped at least {{noticeDays}} days before it starts. It is too late now; only an administrator can make an exception, with a justification.",
  },
  override_needs_justification: {
    nb: "Skriv en begrunnelse for unntaket, minst {{minLength}} tegn. Den lagres i loggen.",
    nn: "Skriv ei grunngjeving for unntaket, minst {{minLength}} teikn. Ho vert lagra i loggen.",
    en: "Please write a justification for the exception, at least {{minLength}} characters. It is kept in the audit log.",
  },
  approval_blocked_by_holder: {
    nb: "Tiden er allerede bekreftet for en annen booking. Flytt den eller ta over tiden før du godkjenner denne forespørselen.",
    nn: "Tida er alt stadfesta for ei anna booking. Flytt ho eller ta over tida før du godkjenner denne førespurnaden.",
    en: "The time is already confirmed for another booking. Move it or bump it before approving this request.",
  },
  request_not_pending: {
    nb: "Forespørselen venter ikke lenger på godkjenning her. Last inn listen på nytt.",
    nn: "Førespurnaden ventar ikkje lenger på godkjenning her. Last inn lista på nytt.",
    en: "The request is no longer waiting for approval here. Please reload the list.",
  },
};

/** The message of a front-desk code in a locale with its parameters filled in; unknown placeholders stay as they are. */
export function frontDeskMessageFor(
  code: FrontDeskCode,
  locale: Locale,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fillPlaceholders(FRONT_DESK_MESSAGES[code][locale], params);
}
