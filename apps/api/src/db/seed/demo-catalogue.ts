// Demo data: the service areas and the catalogue of activity types. The areas follow the municipality's
// organisation; the catalogue and its classification are a starting point an admin would adjust.

type Names = { nb: string; nn: string; en: string };

export interface DemoServiceArea {
  slug: string;
  name: Names;
}

export const demoServiceAreas: DemoServiceArea[] = [
  { slug: "medborgerskap", name: { nb: "Medborgerskap", nn: "Medborgarskap", en: "Citizenship" } },
  { slug: "helse-og-omsorg", name: { nb: "Helse og omsorg", nn: "Helse og omsorg", en: "Health and care" } },
  { slug: "oppvekst", name: { nb: "Oppvekst", nn: "Oppvekst", en: "Childhood and youth" } },
  { slug: "nav", name: { nb: "NAV", nn: "NAV", en: "NAV (labour and welfare)" } },
];

export interface DemoActivityType {
  slug: string;
  name: Names;
  sensitivity: "open" | "discreet" | "shielded" | "security";
  /** Zone compatibility works on these (e.g. "confidential" must not run beside "loud"). */
  tags: string[];
  /** Specialised: reaches only some groups (counts against the centre's fair share). */
  targeted: boolean;
  defaultVisibility: "public" | "busy_only";
}

const activity = (
  slug: string,
  name: Names,
  more: Partial<Omit<DemoActivityType, "slug" | "name">> = {},
): DemoActivityType => ({ slug, name, sensitivity: "open", tags: [], targeted: false, defaultVisibility: "public", ...more });

export const demoActivityTypes: DemoActivityType[] = [
  activity("sprakkafe", { nb: "Språkkafé", nn: "Språkkafé", en: "Language café" }, { tags: ["conversation", "volunteering"] }),
  activity("klassebesok", { nb: "Klassebesøk", nn: "Klassebesøk", en: "Class visit" }, { tags: ["library", "children"] }),
  activity("fortellerstund", { nb: "Fortellerstund", nn: "Forteljarstund", en: "Story hour" }, { tags: ["library", "children"] }),
  activity("forfattermote", { nb: "Forfattermøte", nn: "Forfattarmøte", en: "Author talk" }, { tags: ["library", "event"] }),
  activity("nav-veiledning", { nb: "NAV-veiledning", nn: "NAV-rettleiing", en: "NAV guidance" }, {
    sensitivity: "discreet", tags: ["confidential"], targeted: true, defaultVisibility: "busy_only",
  }),
  activity("helsestasjon-ungdom", { nb: "Helsestasjon for ungdom", nn: "Helsestasjon for ungdom", en: "Youth health station" }, {
    sensitivity: "shielded", tags: ["confidential", "health"], targeted: true, defaultVisibility: "busy_only",
  }),
  activity("drop-in", { nb: "Drop-in", nn: "Drop-in", en: "Drop-in hours" }, { tags: ["drop_in"] }),
  activity("mote", { nb: "Møte", nn: "Møte", en: "Meeting" }, { defaultVisibility: "busy_only" }),
  activity("kurs", { nb: "Kurs", nn: "Kurs", en: "Course" }, { tags: ["learning"] }),
  activity("apent-arrangement", { nb: "Åpent arrangement", nn: "Ope arrangement", en: "Open event" }, { tags: ["event", "loud"] }),
];
