// The words of every notification in nb, nn and en: per kind a subject and an opening line, and the labels of
// the parts a message is built from. {{title}} is the booking's title.
import type { Locale } from "../policy/messages";
import type { NotificationKind } from "./notification-kinds";

type Texts = Readonly<Record<Locale, string>>;

export interface KindTexts {
  subject: Texts;
  intro: Texts;
}

export const NOTIFICATION_TEXTS: Readonly<Record<NotificationKind, KindTexts>> = {
  booking_confirmed: {
    subject: { nb: "Bekreftet: {{title}}", nn: "Stadfesta: {{title}}", en: "Confirmed: {{title}}" },
    intro: {
      nb: "Bookingen din er bekreftet. Kalenderfilen i vedlegget legger den inn i kalenderen din.",
      nn: "Bookinga di er stadfesta. Kalenderfila i vedlegget legg ho inn i kalenderen din.",
      en: "Your booking is confirmed. The attached calendar file adds it to your calendar.",
    },
  },
  booking_rejected: {
    subject: { nb: "Ikke godkjent: {{title}}", nn: "Ikkje godkjend: {{title}}", en: "Not approved: {{title}}" },
    intro: {
      nb: "Forespørselen din ble dessverre ikke godkjent av verten ved innbyggertorget.",
      nn: "Førespurnaden din vart dessverre ikkje godkjend av verten ved innbyggjartorget.",
      en: "Unfortunately, the front desk did not approve your request.",
    },
  },
  booking_change_requested: {
    subject: { nb: "Verten ber om en endring: {{title}}", nn: "Verten ber om ei endring: {{title}}", en: "The front desk asks for a change: {{title}}" },
    intro: {
      nb: "Verten ved innbyggertorget ber deg om en endring. Forespørselen din venter fortsatt: endre den under Mine bookinger, eller svar verten ved innbyggertorget.",
      nn: "Verten ved innbyggjartorget ber deg om ei endring. Førespurnaden din ventar framleis: endra han under Mine bookingar, eller svar verten ved innbyggjartorget.",
      en: "The front desk asks you for a change. Your request is still waiting: change it under My bookings, or answer the front desk.",
    },
  },
  booking_moved: {
    subject: { nb: "Flyttet: {{title}}", nn: "Flytta: {{title}}", en: "Moved: {{title}}" },
    intro: {
      nb: "Verten ved innbyggertorget har flyttet bookingen din. Slik er den nå:",
      nn: "Verten ved innbyggjartorget har flytta bookinga di. Slik er ho no:",
      en: "The front desk has moved your booking. This is how it stands now:",
    },
  },
  booking_bumped: {
    subject: { nb: "Tiden må gis fra: {{title}}", nn: "Tida må gjevast frå: {{title}}", en: "Your time is needed: {{title}}" },
    intro: {
      nb: "Tiden du hadde booket, trengs til en aktivitet med høyere prioritet. Bookingen din er derfor tatt over. Du kan velge et av alternativene nedenfor.",
      nn: "Tida du hadde booka, trengst til ein aktivitet med høgare prioritet. Bookinga di er difor teken over. Du kan velje eitt av alternativa nedanfor.",
      en: "The time you booked is needed for an activity with a higher priority, so your booking has been bumped. You can choose one of the alternatives below.",
    },
  },
  booking_released: {
    subject: { nb: "Frigitt: {{title}}", nn: "Frigjeven: {{title}}", en: "Released: {{title}}" },
    intro: {
      nb: "Ingen sjekket inn i tide, så rommet er frigitt til andre.",
      nn: "Ingen sjekka inn i tide, så rommet er frigjeve til andre.",
      en: "Nobody checked in in time, so the room has been released for others.",
    },
  },
  booking_cancelled_by_desk: {
    subject: { nb: "Avlyst: {{title}}", nn: "Avlyst: {{title}}", en: "Cancelled: {{title}}" },
    intro: {
      nb: "Verten ved innbyggertorget har avlyst bookingen din.",
      nn: "Verten ved innbyggjartorget har avlyst bookinga di.",
      en: "The front desk has cancelled your booking.",
    },
  },
  waitlist_offer: {
    subject: { nb: "Ledig tid til deg: {{title}}", nn: "Ledig tid til deg: {{title}}", en: "A time is free for you: {{title}}" },
    intro: {
      nb: "Tiden du står på venteliste for, er blitt ledig. Svar innen fristen, ellers går tilbudet videre.",
      nn: "Tida du står på venteliste for, er vorten ledig. Svar innan fristen, elles går tilbodet vidare.",
      en: "The time you are on the waiting list for has become free. Answer before the deadline, or the offer goes to the next in line.",
    },
  },
  booking_reminder: {
    subject: { nb: "Påminnelse i morgen: {{title}}", nn: "Påminning i morgon: {{title}}", en: "Reminder for tomorrow: {{title}}" },
    intro: {
      nb: "En påminnelse om bookingen din i morgen. Husk å sjekke inn ved oppstart, ellers kan rommet bli frigitt.",
      nn: "Ei påminning om bookinga di i morgon. Hugs å sjekke inn når de startar, elles kan rommet bli frigjeve.",
      en: "A reminder of your booking tomorrow. Remember to check in when it starts, or the room may be released.",
    },
  },
  series_notice: {
    subject: { nb: "Endring i serien: {{title}}", nn: "Endring i serien: {{title}}", en: "Change in your series: {{title}}" },
    intro: {
      nb: "En av gangene i serien din blir berørt av en stengning eller en helligdag.",
      nn: "Ei av gongene i serien din vert råka av ei stenging eller ein heilagdag.",
      en: "One of the dates in your series is affected by a closure or a public holiday.",
    },
  },
};

export interface MessageLabels {
  what: string;
  where: string;
  when: string;
  askDesk: string;
  reason: string;
  alternatives: string;
  accept: string;
  deadline: string;
  checkIn: string;
  link: string;
  footer: string;
}

export const NOTIFICATION_LABELS: Readonly<Record<Locale, MessageLabels>> = {
  nb: {
    what: "Hva",
    where: "Hvor",
    when: "Når",
    askDesk: "spør verten ved innbyggertorget",
    reason: "Begrunnelse",
    alternatives: "Alternativer",
    accept: "Velg denne",
    deadline: "Frist",
    checkIn: "Sjekk inn når dere kommer (ellers frigis tiden)",
    link: "Se bookingene dine",
    footer: "Denne e-posten er sendt automatisk fra Sambruk, Asker kommune, og kan ikke besvares.",
  },
  nn: {
    what: "Kva",
    where: "Kvar",
    when: "Når",
    askDesk: "spør verten ved innbyggjartorget",
    reason: "Grunngjeving",
    alternatives: "Alternativ",
    accept: "Vel denne",
    deadline: "Frist",
    checkIn: "Sjekk inn når de kjem (elles vert tida frigjord)",
    link: "Sjå bookingane dine",
    footer: "Denne e-posten er send automatisk frå Sambruk, Asker kommune, og kan ikkje svarast på.",
  },
  en: {
    what: "What",
    where: "Where",
    when: "When",
    askDesk: "ask at the front desk",
    reason: "Reason",
    alternatives: "Alternatives",
    accept: "Choose this",
    deadline: "Deadline",
    checkIn: "Check in when you arrive (or the time is released)",
    link: "See your bookings",
    footer: "This e-mail was sent automatically by Sambruk, Asker kommune. Replies are not read.",
  },
};
