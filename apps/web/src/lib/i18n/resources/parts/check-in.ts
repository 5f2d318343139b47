// The organiser's check-in page in bokmål (the source), nynorsk and English; the types keep the keys the same.
export const checkInNb = {
  title: "Sjekk inn",
  intro: "Er dere på plass? Sjekk inn, så beholder dere rommet. Uten innsjekking frigis tiden kort tid etter start.",
  confirm: "Sjekk inn nå",
  sending: "Sjekker inn …",
  done: "Dere er sjekket inn. God bruk av rommet!",
  failedHeading: "Innsjekkingen gikk ikke",
  missingToken: "Lenken mangler koden fra bekreftelsen. Åpne lenken i e-posten på nytt, eller spør verten.",
};

export const checkInNn: typeof checkInNb = {
  title: "Sjekk inn",
  intro: "Er de på plass? Sjekk inn, så held de på rommet. Utan innsjekking vert tida frigjord kort tid etter start.",
  confirm: "Sjekk inn no",
  sending: "Sjekkar inn …",
  done: "De er sjekka inn. God bruk av rommet!",
  failedHeading: "Innsjekkinga gjekk ikkje",
  missingToken: "Lenkja manglar koden frå stadfestinga. Opne lenkja i e-posten på nytt, eller spør verten.",
};

export const checkInEn: typeof checkInNb = {
  title: "Check in",
  intro: "Are you here? Check in to keep the room. Without a check-in, the time is released shortly after the start.",
  confirm: "Check in now",
  sending: "Checking in …",
  done: "You are checked in. Enjoy the room!",
  failedHeading: "The check-in did not work",
  missingToken: "The link lacks the code from the confirmation. Open the link in the e-mail again, or ask the host.",
};
