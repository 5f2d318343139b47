// A notification as text: subject and plain-text body in the recipient's language. Pure; the API renders the
// e-mail and the in-app list with it, so both say the same.
import { fillPlaceholders, type Locale } from "../policy/messages";
import type { NotificationContent, NotificationKind, NotificationPlace, RenderedNotification } from "./notification-kinds";
import { NOTIFICATION_LABELS, NOTIFICATION_TEXTS } from "./notification-texts";
import { formatOsloInstant, formatOsloRange } from "./notification-time";

export interface RenderInput {
  kind: NotificationKind;
  locale: Locale;
  content: NotificationContent;
  /** The site's address, without a trailing slash. */
  publicUrl: string;
}

/** The page where users see their bookings and notifications. */
export function myBookingsUrl(publicUrl: string): string {
  return `${publicUrl.replace(/\/$/, "")}/mine-bookinger`;
}

function placeOf(place: NotificationPlace, locale: Locale): string {
  return `${place.centreName}, ${place.spaceName ?? NOTIFICATION_LABELS[locale].askDesk}`;
}

function alternativeLines(content: NotificationContent, locale: Locale): string[] {
  const alternatives = content.alternatives ?? [];
  if (alternatives.length === 0) return [];
  const labels = NOTIFICATION_LABELS[locale];
  return [
    "",
    `${labels.alternatives}:`,
    ...alternatives.flatMap((alternative, index) => [
      `${index + 1}. ${formatOsloRange(alternative.startsAt, alternative.endsAt, locale)}, ${placeOf(alternative, locale)}`,
      ...(alternative.acceptUrl ? [`   ${labels.accept}: ${alternative.acceptUrl}`] : []),
    ]),
  ];
}

export function renderNotification({ kind, locale, content, publicUrl }: RenderInput): RenderedNotification {
  const texts = NOTIFICATION_TEXTS[kind];
  const labels = NOTIFICATION_LABELS[locale];
  const { booking } = content;
  const lines = [
    texts.intro[locale],
    "",
    `${labels.what}: ${booking.title}`,
    `${labels.where}: ${placeOf(booking, locale)}`,
    `${labels.when}: ${formatOsloRange(booking.startsAt, booking.endsAt, locale)}`,
    ...(content.reason ? [`${labels.reason}: ${content.reason}`] : []),
    ...alternativeLines(content, locale),
    ...(content.deadline ? ["", `${labels.deadline}: ${formatOsloInstant(content.deadline, locale)}`] : []),
    ...(content.checkInUrl ? ["", `${labels.checkIn}: ${content.checkInUrl}`] : []),
    "",
    `${labels.link}: ${myBookingsUrl(publicUrl)}`,
    "",
    "-- ",
    labels.footer,
  ];
  // The title is the user's own text: it fills the subject, and is never read as a template.
  return { subject: fillPlaceholders(texts.subject[locale], { title: oneLine(booking.title) }), body: `${lines.join("\n")}\n` };
}

/** A header value on one line: no line breaks from user text reach the subject. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
