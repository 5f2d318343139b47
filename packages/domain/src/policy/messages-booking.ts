// Texts of the booking checks' findings, in nb, nn and en. {{name}} is replaced by the finding's parameter.
import type { FindingCode } from "../finding";

export interface MessageTexts {
  nb: string;
  nn: string;
  en: string;
}

export const BOOKING_MESSAGES: Record<FindingCode, MessageTexts> = {
  invalid_datetime: {
    nb: "Tidspunktet kan ikke leses. Oppgi dato og klokkeslett på nytt.",
    nn: "Tidspunktet kan ikkje lesast. Oppgi dato og klokkeslett på nytt.",
    en: "The time cannot be read. Please enter the date and time again.",
  },
  offset_missing: {
    nb: "Tidspunktet mangler tidssone.",
    nn: "Tidspunktet manglar tidssone.",
    en: "The time has no time zone.",
  },
  offset_mismatch: {
    nb: "Tidssonen {{given}} stemmer ikke med {{timeZone}} på dette tidspunktet (skulle vært {{expected}}).",
    nn: "Tidssona {{given}} stemmer ikkje med {{timeZone}} på dette tidspunktet (skulle vore {{expected}}).",
    en: "The offset {{given}} is not that of {{timeZone}} at this time (it is {{expected}}).",
  },
  end_before_start: {
    nb: "Slutten må være etter starten.",
    nn: "Slutten må vere etter starten.",
    en: "The end must be after the start.",
  },
  duration_too_short: {
    nb: "Bookingen er for kort. Rommet må bookes i minst {{minDurationMinutes}} minutter.",
    nn: "Bookinga er for kort. Rommet må bookast i minst {{minDurationMinutes}} minutt.",
    en: "The booking is too short. This space must be booked for at least {{minDurationMinutes}} minutes.",
  },
  duration_too_long: {
    nb: "Bookingen er for lang. Rommet kan bookes i høyst {{maxDurationMinutes}} minutter om gangen.",
    nn: "Bookinga er for lang. Rommet kan bookast i høgst {{maxDurationMinutes}} minutt om gongen.",
    en: "The booking is too long. This space can be booked for at most {{maxDurationMinutes}} minutes at a time.",
  },
  not_on_slot_step: {
    nb: "Start og slutt må ligge på hele {{slotStepMinutes}}-minutters intervaller.",
    nn: "Start og slutt må liggje på heile {{slotStepMinutes}}-minutts intervall.",
    en: "Start and end must fall on whole {{slotStepMinutes}}-minute steps.",
  },
  outside_opening_hours: {
    nb: "Tiden ligger utenfor åpningstidene.",
    nn: "Tida ligg utanfor opningstidene.",
    en: "The time is outside the opening hours.",
  },
  closed_holiday: {
    nb: "Innbyggertorget er stengt på helligdagen {{date}}.",
    nn: "Innbyggartorget er stengt på heilagdagen {{date}}.",
    en: "The citizen square is closed on the public holiday {{date}}.",
  },
  closed: {
    nb: "Lokalet er stengt fra {{from}} til {{to}}.",
    nn: "Lokalet er stengt frå {{from}} til {{to}}.",
    en: "The premises are closed from {{from}} to {{to}}.",
  },
  too_short_notice: {
    nb: "For kort varsel: du må booke minst {{noticeMinutes}} minutter før start.",
    nn: "For kort varsel: du må booke minst {{noticeMinutes}} minutt før start.",
    en: "Too short notice: you must book at least {{noticeMinutes}} minutes before the start.",
  },
  beyond_horizon: {
    nb: "Du kan booke høyst {{horizonDays}} dager fram i tid.",
    nn: "Du kan booke høgst {{horizonDays}} dagar fram i tid.",
    en: "You can book at most {{horizonDays}} days ahead.",
  },
  over_capacity: {
    nb: "Rommet har plass til {{capacity}} personer.",
    nn: "Rommet har plass til {{capacity}} personar.",
    en: "The space holds {{capacity}} people.",
  },
  drop_in_not_allowed: {
    nb: "Bare tjenester og verten kan legge ut drop-in-tider. Book rommet som en vanlig booking.",
    nn: "Berre tenester og verten kan leggje ut drop-in-tider. Book rommet som ei vanleg booking.",
    en: "Only services and the front desk can publish drop-in hours. Book the space as an ordinary booking.",
  },
  drop_in_must_be_public: {
    nb: "Drop-in-tider vises i programmet, så bookingen må være offentlig.",
    nn: "Drop-in-tider vert viste i programmet, så bookinga må vere offentleg.",
    en: "Drop-in hours are shown in the programme, so the booking must be public.",
  },
};
