import type { LocalDate } from "../time/zoned";
import { describeRrule } from "./recurrence";

// Tuesday 5 October 2027.
const FIRST: LocalDate = { year: 2027, month: 10, day: 5 };

describe("describeRrule", () => {
  it.each<[string, { nb: string; nn: string; en: string }]>([
    [
      "FREQ=WEEKLY;BYDAY=TU;UNTIL=20280627",
      { nb: "Hver tirsdag til og med 27. juni 2028", nn: "Kvar tysdag til og med 27. juni 2028", en: "Every Tuesday until 27 June 2028" },
    ],
    [
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=12",
      { nb: "Annenhver onsdag, 12 ganger", nn: "Annankvar onsdag, 12 gonger", en: "Every other Wednesday, 12 times" },
    ],
    [
      "FREQ=WEEKLY;BYDAY=FR,MO,WE;COUNT=1",
      { nb: "Hver mandag, onsdag og fredag, 1 gang", nn: "Kvar måndag, onsdag og fredag, 1 gong", en: "Every Monday, Wednesday and Friday, once" },
    ],
    [
      "FREQ=WEEKLY;INTERVAL=3;BYDAY=SA,SU;UNTIL=20280101",
      { nb: "Hver 3. uke på lørdag og søndag til og med 1. januar 2028", nn: "Kvar 3. veke på laurdag og sundag til og med 1. januar 2028", en: "Every 3 weeks on Saturday and Sunday until 1 January 2028" },
    ],
    ["FREQ=WEEKLY;COUNT=4", { nb: "Hver tirsdag, 4 ganger", nn: "Kvar tysdag, 4 gonger", en: "Every Tuesday, 4 times" }],
    [
      "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20280627",
      { nb: "Den andre tirsdagen i måneden til og med 27. juni 2028", nn: "Den andre tysdagen i månaden til og med 27. juni 2028", en: "The second Tuesday of the month until 27 June 2028" },
    ],
    [
      "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;COUNT=6",
      { nb: "Den siste fredagen annenhver måned, 6 ganger", nn: "Den siste fredagen annankvar månad, 6 gonger", en: "The last Friday of every other month, 6 times" },
    ],
    [
      "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO;COUNT=4",
      { nb: "Den første mandagen hver 3. måned, 4 ganger", nn: "Den første måndagen kvar 3. månad, 4 gonger", en: "The first Monday, every 3 months, 4 times" },
    ],
    [
      "FREQ=MONTHLY;BYMONTHDAY=15,1;COUNT=4",
      { nb: "Den 1. og 15. i måneden, 4 ganger", nn: "Den 1. og 15. i månaden, 4 gonger", en: "On days 1 and 15 of the month, 4 times" },
    ],
    ["FREQ=MONTHLY;COUNT=3", { nb: "Den 5. i måneden, 3 ganger", nn: "Den 5. i månaden, 3 gonger", en: "On day 5 of the month, 3 times" }],
    ["FREQ=DAILY;INTERVAL=2;COUNT=10", { nb: "Annenhver dag, 10 ganger", nn: "Annankvar dag, 10 gonger", en: "Every other day, 10 times" }],
    ["FREQ=DAILY;INTERVAL=4;COUNT=10", { nb: "Hver 4. dag, 10 ganger", nn: "Kvar 4. dag, 10 gonger", en: "Every 4 days, 10 times" }],
    [
      "FREQ=MONTHLY;BYDAY=2TU,-1FR;COUNT=10",
      { nb: "Hver måned etter en egen regel, 10 ganger", nn: "Kvar månad etter ein eigen regel, 10 gonger", en: "Every month by a custom rule, 10 times" },
    ],
    [
      "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3",
      { nb: "Hver måned etter en egen regel, 3 ganger", nn: "Kvar månad etter ein eigen regel, 3 gonger", en: "Every month by a custom rule, 3 times" },
    ],
    ["FREQ=YEARLY;COUNT=3", { nb: "Ugyldig gjentakelsesregel", nn: "Ugyldig gjentakingsregel", en: "Invalid recurrence rule" }],
  ])("%s", (rrule, expected) => {
    expect(describeRrule(rrule, FIRST)).toEqual(expected);
  });
});
