// A recurrence rule in plain words, in bokmål, nynorsk and English, from simple tables. The plain choices of the
// series form read naturally; anything beyond them gets a generic wording.
import { isoWeekdayOf, type IsoWeekday, type LocalDate } from "../time/zoned";
import type { RuleParts } from "./rrule-syntax";

export type Language = "nb" | "nn" | "en";
export type Wording = Record<Language, string>;

const LANGUAGES: readonly Language[] = ["nb", "nn", "en"];

const WEEKDAYS: Record<Language, readonly string[]> = {
  nb: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
  nn: ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};
const NORWEGIAN_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
const MONTHS: Record<Language, readonly string[]> = {
  nb: NORWEGIAN_MONTHS,
  nn: NORWEGIAN_MONTHS,
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};
const NORWEGIAN_ORDINALS = ["første", "andre", "tredje", "fjerde", "femte"];
const ORDINALS: Record<Language, readonly string[]> = { nb: NORWEGIAN_ORDINALS, nn: NORWEGIAN_ORDINALS, en: ["first", "second", "third", "fourth", "fifth"] };
const LAST: Wording = { nb: "siste", nn: "siste", en: "last" };
const AND: Wording = { nb: "og", nn: "og", en: "and" };
const EVERY: Wording = { nb: "hver", nn: "kvar", en: "every" };
const EVERY_OTHER: Wording = { nb: "annenhver", nn: "annankvar", en: "every other" };
type Unit = "day" | "week" | "month";
const UNITS: Record<Unit, Wording> = {
  day: { nb: "dag", nn: "dag", en: "day" },
  week: { nb: "uke", nn: "veke", en: "week" },
  month: { nb: "måned", nn: "månad", en: "month" },
};
const CUSTOM: Wording = { nb: "etter en egen regel", nn: "etter ein eigen regel", en: "by a custom rule" };
const UNTIL_WORD: Wording = { nb: "til og med", nn: "til og med", en: "until" };
const TIMES: Record<Language, (count: number) => string> = {
  nb: (n) => `${n} ${n === 1 ? "gang" : "ganger"}`,
  nn: (n) => `${n} ${n === 1 ? "gong" : "gonger"}`,
  en: (n) => (n === 1 ? "once" : `${n} times`),
};

/** The rule in plain words; `firstDate` supplies the weekday or day of month a rule leaves out. */
export function wordingOf(rule: RuleParts, firstDate: LocalDate): Wording {
  return byLanguage((lang) => capitalise(`${patternOf(rule, firstDate, lang)}${endOf(rule, lang)}`));
}

function patternOf(rule: RuleParts, firstDate: LocalDate, lang: Language): string {
  const { frequency, interval, byDay, byMonthDay } = rule;
  const plainDays = byDay.every((d) => d.nth === undefined);
  if (frequency === "weekly" && plainDays) {
    const days = byDay.length > 0 ? byDay.map((d) => d.weekday) : [isoWeekdayOf(firstDate)];
    return weekly(days, interval, lang);
  }
  if (frequency === "daily" && plainDays && byMonthDay.length === 0) {
    return byDay.length === 0 ? every("day", interval, lang) : interval === 1 ? weekly(byDay.map((d) => d.weekday), 1, lang) : generic(rule, lang);
  }
  if (frequency === "monthly" && byMonthDay.length === 0) {
    const [only, ...more] = byDay;
    if (only === undefined) return monthDays([firstDate.day], interval, lang);
    if (more.length === 0 && only.nth !== undefined && (only.nth === -1 || only.nth > 0)) return nthWeekday(only.nth, only.weekday, interval, lang);
  }
  if (frequency === "monthly" && byDay.length === 0 && byMonthDay.every((d) => d > 0)) {
    return monthDays(byMonthDay, interval, lang);
  }
  return generic(rule, lang);
}

/** "hver tirsdag", "annenhver mandag og onsdag", "every 3 weeks on Friday". */
function weekly(days: readonly IsoWeekday[], interval: number, lang: Language): string {
  const names = listOf([...new Set(days)].sort((a, b) => a - b).map((d) => weekdayName(d, lang)), lang);
  if (interval === 1) return `${EVERY[lang]} ${names}`;
  if (interval === 2) return `${EVERY_OTHER[lang]} ${names}`;
  return `${every("week", interval, lang)} ${lang === "en" ? "on" : "på"} ${names}`;
}

/** "den andre tirsdagen i måneden", "the last Friday of every other month". */
function nthWeekday(nth: number, weekday: IsoWeekday, interval: number, lang: Language): string {
  const ordinal = nth === -1 ? LAST[lang] : (ORDINALS[lang][nth - 1] ?? `${nth}.`);
  const day = lang === "en" ? weekdayName(weekday, lang) : `${weekdayName(weekday, lang)}en`;
  return `${lang === "en" ? "the" : "den"} ${ordinal} ${day}${ofMonths(interval, lang)}`;
}

/** "den 1. og 15. i måneden", "on day 31 of every other month". */
function monthDays(days: readonly number[], interval: number, lang: Language): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (lang !== "en") return `den ${listOf(sorted.map((d) => `${d}.`), lang)}${ofMonths(interval, lang)}`;
  return `on ${sorted.length === 1 ? "day" : "days"} ${listOf(sorted.map(String), lang)}${ofMonths(interval, lang)}`;
}

/** " i måneden", " annenhver måned", " of every other month", ", every 3 months". */
function ofMonths(interval: number, lang: Language): string {
  if (interval === 1) return lang === "en" ? " of the month" : ` i ${UNITS.month[lang]}en`;
  if (interval === 2) return `${lang === "en" ? " of" : ""} ${EVERY_OTHER[lang]} ${UNITS.month[lang]}`;
  return lang === "en" ? `, every ${interval} months` : ` ${every("month", interval, lang)}`;
}

/** "hver dag", "annenhver uke", "hver 3. måned", "every 3 days". */
function every(unit: Unit, interval: number, lang: Language): string {
  if (interval === 1) return `${EVERY[lang]} ${UNITS[unit][lang]}`;
  if (interval === 2) return `${EVERY_OTHER[lang]} ${UNITS[unit][lang]}`;
  return lang === "en" ? `every ${interval} ${UNITS[unit][lang]}s` : `${EVERY[lang]} ${interval}. ${UNITS[unit][lang]}`;
}

function generic(rule: RuleParts, lang: Language): string {
  const unit: Unit = rule.frequency === "daily" ? "day" : rule.frequency === "weekly" ? "week" : "month";
  return `${every(unit, rule.interval, lang)} ${CUSTOM[lang]}`;
}

function endOf(rule: RuleParts, lang: Language): string {
  if ("count" in rule.end) return `, ${TIMES[lang](rule.end.count)}`;
  return ` ${UNTIL_WORD[lang]} ${dateWords(rule.end.until, lang)}`;
}

/** "27. juni 2028", "27 June 2028". */
export function dateWords(date: LocalDate, lang: Language): string {
  const month = MONTHS[lang][date.month - 1] ?? String(date.month);
  return lang === "en" ? `${date.day} ${month} ${date.year}` : `${date.day}. ${month} ${date.year}`;
}

function weekdayName(weekday: IsoWeekday, lang: Language): string {
  return WEEKDAYS[lang][weekday - 1] ?? String(weekday);
}

/** "a", "a og b", "a, b og c". */
function listOf(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${AND[lang]} ${items[items.length - 1]}`;
}

function byLanguage(make: (lang: Language) => string): Wording {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, make(lang)])) as Wording;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
