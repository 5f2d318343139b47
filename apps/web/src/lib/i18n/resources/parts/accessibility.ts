// The accessibility texts in bokmål (the source), nynorsk and English; the types keep the keys the same.
export const accessibilityNb = {
  title: "Tilgjengelighetserklæring",
  intro: "Asker kommune vil at alle skal kunne bruke Sambruk, også med hjelpemidler som skjermleser, forstørrelse eller bare tastatur. Her forteller vi hvordan tjenesten oppfyller kravene, og hva som ikke fungerer godt nok ennå.",
  updated: "Sist oppdatert",
  standardHeading: "Hvilke krav tjenesten skal oppfylle",
  standard: "Sambruk skal oppfylle WCAG 2.1 på nivå AA, slik forskrift om universell utforming av IKT-løsninger krever for offentlige virksomheter.",
  testedHeading: "Hvordan vi har testet",
  tested: {
    axe: "Automatiske tester i nettleser med axe på hver side, på bokmål, nynorsk og engelsk.",
    keyboard: "Hele bookingen kan gjøres med bare tastatur, og det testes.",
    textSize: "Sidene fungerer med tekststørrelse forstørret til 200 %.",
    listView: "Ved siden av hver kalender finnes en listevisning med det samme innholdet.",
  },
  limitationsHeading: "Kjente mangler",
  limitations: {
    calendar: "Kalenderrutenettet fungerer dårlig med skjermleser. Bruk listevisningen ved siden av kalenderen; den viser det samme og kan brukes fullt ut med skjermleser og tastatur.",
  },
  reportHeading: "Meld fra om problemer",
  report: "Opplever du at noe ikke fungerer for deg, vil vi gjerne vite det. Kontakt Asker kommune gjennom kommunens vanlige kontaktkanaler, eller spør verten på innbyggertorget. Fortell hvilken side det gjelder, hva du prøvde å gjøre og eventuelt hvilket hjelpemiddel du brukte.",
  supervision: "Får du ikke svar eller er misfornøyd med svaret, kan du melde fra til Tilsynet for universell utforming av IKT.",
};

export const accessibilityNn: typeof accessibilityNb = {
  title: "Tilgjengelegheitserklæring",
  intro: "Asker kommune vil at alle skal kunne bruke Sambruk, også med hjelpemiddel som skjermlesar, forstørring eller berre tastatur. Her fortel vi korleis tenesta oppfyller krava, og kva som ikkje fungerer godt nok enno.",
  updated: "Sist oppdatert",
  standardHeading: "Kva krav tenesta skal oppfylle",
  standard: "Sambruk skal oppfylle WCAG 2.1 på nivå AA, slik forskrift om universell utforming av IKT-løysingar krev for offentlege verksemder.",
  testedHeading: "Korleis vi har testa",
  tested: {
    axe: "Automatiske testar i nettlesar med axe på kvar side, på bokmål, nynorsk og engelsk.",
    keyboard: "Heile bookinga kan gjerast med berre tastatur, og det blir testa.",
    textSize: "Sidene fungerer med tekststorleik forstørra til 200 %.",
    listView: "Ved sida av kvar kalender finst ei listevising med det same innhaldet.",
  },
  limitationsHeading: "Kjende manglar",
  limitations: {
    calendar: "Kalenderrutenettet fungerer dårleg med skjermlesar. Bruk listevisinga ved sida av kalenderen; ho viser det same og kan brukast fullt ut med skjermlesar og tastatur.",
  },
  reportHeading: "Meld frå om problem",
  report: "Opplever du at noko ikkje fungerer for deg, vil vi gjerne vite det. Kontakt Asker kommune gjennom dei vanlege kontaktkanalane til kommunen, eller spør verten på innbyggjartorget. Fortel kva side det gjeld, kva du prøvde å gjere og eventuelt kva hjelpemiddel du brukte.",
  supervision: "Får du ikkje svar eller er misnøgd med svaret, kan du melde frå til Tilsynet for universell utforming av IKT.",
};

export const accessibilityEn: typeof accessibilityNb = {
  title: "Accessibility statement",
  intro: "Asker municipality wants everyone to be able to use Sambruk, including with assistive technology such as a screen reader, magnification or the keyboard alone. Here we explain how the service meets the requirements, and what does not yet work well enough.",
  updated: "Last updated",
  standardHeading: "Which requirements the service must meet",
  standard: "Sambruk must meet WCAG 2.1 at level AA, as the Norwegian regulation on universal design of ICT solutions (forskrift om universell utforming av IKT-løsninger) requires of public bodies.",
  testedHeading: "How we have tested",
  tested: {
    axe: "Automated browser tests with axe on every page, in Norwegian Bokmål, Norwegian Nynorsk and English.",
    keyboard: "The whole booking can be made with the keyboard alone, and this is tested.",
    textSize: "The pages work with the text size enlarged to 200%.",
    listView: "Beside every calendar there is a list view with the same content.",
  },
  limitationsHeading: "Known limitations",
  limitations: {
    calendar: "The calendar grid works poorly with screen readers. Use the list view beside the calendar; it shows the same and works fully with a screen reader and the keyboard.",
  },
  reportHeading: "Report a problem",
  report: "If something does not work for you, we would like to know. Contact Asker municipality through the municipality's usual contact channels, or ask the host at the citizen square. Tell us which page it was, what you were trying to do and, if relevant, which assistive technology you used.",
  supervision: "If you get no answer or are not satisfied with it, you can notify the Norwegian Authority for Universal Design of ICT.",
};
