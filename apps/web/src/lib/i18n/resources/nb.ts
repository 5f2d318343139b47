import type { ErrorCode } from "@sambruk/contracts";

// Norsk bokmål: the source language. nn and en must have exactly the same keys (checked by the type).
export const nb = {
  app: {
    name: "Sambruk",
    tagline: "Bestilling av lokaler på innbyggertorgene i Asker kommune",
    skipToContent: "Hopp til hovedinnholdet",
    mainNav: "Hovedmeny",
    footerOwner: "Asker kommune",
    footerAbout: "Sambruk er åpen kildekode.",
  },
  language: {
    label: "Språk",
  },
  nav: {
    centres: "Lokalsentre",
  },
  status: {
    loading: "Laster …",
    retry: "Prøv igjen",
    errorTitle: "Noe gikk galt",
  },
  centres: {
    title: "Lokalsentre",
    heading: "Lokalsentre og innbyggertorg",
    intro: "Asker kommune har sju lokalsentre. På hvert av dem finnes et innbyggertorg med lokaler som deles av kommunale tjenester, frivillige lag og innbyggere.",
    empty: "Det er ingen lokalsentre å vise ennå.",
    listLabel: "Lokalsentre",
    demoTitle: "Demodata",
    demoNotice: "Sentrene er ekte, men åpningstidene, rommene og personene du ser her, er oppdiktet for demonstrasjon.",
    formerMunicipality: "Tidligere kommune",
    openingToday: "Åpningstid i dag ({{weekday}})",
    staffedToday: "Bemanning i dag",
    closedToday: "Stengt",
    notStaffedToday: "Ingen bemanning",
    openNow: "Åpent nå",
    closedNow: "Stengt nå",
  },
  centre: {
    loadingTitle: "Lokalsenter",
    errorHeading: "Kunne ikke vise lokalsenteret",
    backToList: "Tilbake til alle lokalsentre",
    address: "Adresse",
    weeklyHours: "Åpningstider og bemanning",
    weeklyCaption: "Åpningstider og bemannede tider for hver ukedag",
    weekday: "Dag",
    opening: "Åpent",
    staffed: "Bemannet",
    closed: "Stengt",
    notStaffed: "Ikke bemannet",
  },
  notFound: {
    title: "Fant ikke siden",
    heading: "Vi fant ikke siden",
    body: "Siden finnes ikke, eller adressen er skrevet feil.",
    home: "Gå til forsiden",
  },
  municipality: {
    asker: "Asker",
    royken: "Røyken",
    hurum: "Hurum",
  },
  weekdays: {
    "1": "mandag",
    "2": "tirsdag",
    "3": "onsdag",
    "4": "torsdag",
    "5": "fredag",
    "6": "lørdag",
    "7": "søndag",
  },
  errors: {
    code: {
      validation_failed: "Noen av opplysningene er ikke gyldige.",
      malformed_json: "Forespørselen kunne ikke leses.",
      payload_too_large: "Forespørselen er for stor.",
      unsupported_media_type: "Forespørselen har et format tjenesten ikke støtter.",
      invalid_id: "Lenken inneholder en ugyldig ID.",
      not_found: "Vi fant ikke det du lette etter. Det kan være fjernet, eller lenken kan være feil.",
      route_not_found: "Tjenesten kjenner ikke denne adressen.",
      method_not_allowed: "Handlingen er ikke tillatt her.",
      database_unavailable: "Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.",
      internal_error: "Noe gikk galt hos oss. Prøv igjen om litt.",
    } satisfies Record<ErrorCode, string>,
    network: "Fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.",
    http: "Tjenesten svarte med en uventet feil (status {{status}}).",
    contract: "Tjenesten svarte med data vi ikke forstår.",
    unknown: "Noe gikk galt.",
  },
};

/** The shape every language must have: the same keys, any string. */
export type Messages = typeof nb;
