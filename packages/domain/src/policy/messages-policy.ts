// Texts of the policy rules' findings, in nb, nn and en. {{name}} is replaced by the finding's parameter.
import type { PolicyCode } from "./decision";
import type { MessageTexts } from "./messages-booking";

export const POLICY_MESSAGES: Record<PolicyCode, MessageTexts> = {
  sensitive_service_not_allowed: {
    nb: "Innbyggertorget er et åpent møtested og kan ikke brukes til tjenester som trenger skjerming eller særlige sikkerhetstiltak ({{sensitivity}}). Bruk tjenestens egne lokaler.",
    nn: "Innbyggartorget er ein open møtestad og kan ikkje brukast til tenester som treng skjerming eller særlege tryggingstiltak ({{sensitivity}}). Bruk tenesta sine eigne lokale.",
    en: "The citizen square is an open meeting place and cannot host services that need shielding or special security measures ({{sensitivity}}). Please use the service's own premises.",
  },
  discreet_needs_closed_room: {
    nb: "Fortrolige samtaler må holdes i et lukket rom med lydskjerming. Dette rommet er åpent mot torget.",
    nn: "Fortrulege samtalar må haldast i eit lukka rom med lydskjerming. Dette rommet er ope mot torget.",
    en: "Confidential conversations need a closed room with sound privacy. This space is open to the square.",
  },
  sensitive_words: {
    nb: "Verten ser gjennom forespørselen før den bekreftes, fordi teksten kan tyde på en tjeneste som ikke passer på torget.",
    nn: "Verten ser gjennom førespurnaden før han vert stadfesta, fordi teksten kan tyde på ei teneste som ikkje passar på torget.",
    en: "The front desk will review this request before confirming it, because the text may suggest a service that does not suit the square.",
  },
  zone_incompatible: {
    nb: "En aktivitet i nabolokalet samtidig passer ikke sammen med denne ({{tag}} ved siden av {{otherTag}}). Velg et annet tidspunkt eller rom.",
    nn: "Ein aktivitet i nabolokalet samstundes passar ikkje saman med denne ({{tag}} ved sida av {{otherTag}}). Vel eit anna tidspunkt eller rom.",
    en: "An activity next door at the same time does not go with this one ({{tag}} beside {{otherTag}}). Please choose another time or space.",
  },
  booker_kind_not_allowed: {
    nb: "Dette rommet kan bare bookes av: {{allowed}}.",
    nn: "Dette rommet kan berre bookast av: {{allowed}}.",
    en: "This space can only be booked by: {{allowed}}.",
  },
  approval_required: {
    nb: "Dette rommet krever godkjenning. Verten behandler forespørselen.",
    nn: "Dette rommet krev godkjenning. Verten handsamar førespurnaden.",
    en: "This space needs approval. The front desk will handle the request.",
  },
  group_not_verified: {
    nb: "Laget er ikke bekreftet av verten ennå, så forespørselen venter på godkjenning.",
    nn: "Laget er ikkje stadfesta av verten enno, så førespurnaden ventar på godkjenning.",
    en: "The group has not been verified by the front desk yet, so the request awaits approval.",
  },
  outside_staffed_hours: {
    nb: "Tiden ligger utenfor bemannet tid. Da kan bare lag med nøkkelavtale bruke lokalet.",
    nn: "Tida ligg utanfor bemanna tid. Då kan berre lag med nøkkelavtale bruke lokalet.",
    en: "The time is outside staffed hours, when only groups with a key agreement may use the premises.",
  },
  quota_hours_exceeded: {
    nb: "Kvoten er {{limitHours}} timer i uke {{week}}; med denne bookingen blir det {{wouldBeHours}} timer.",
    nn: "Kvoten er {{limitHours}} timar i veke {{week}}; med denne bookinga vert det {{wouldBeHours}} timar.",
    en: "The quota is {{limitHours}} hours in week {{week}}; this booking would make it {{wouldBeHours}} hours.",
  },
  quota_active_exceeded: {
    nb: "Du kan ha høyst {{limit}} aktive bookinger; dette ville blitt {{wouldBe}}.",
    nn: "Du kan ha høgst {{limit}} aktive bookingar; dette ville vorte {{wouldBe}}.",
    en: "You can hold at most {{limit}} active bookings; this would make {{wouldBe}}.",
  },
  fair_share_exceeded: {
    nb: "Målrettede tjenester kan ha høyst {{percent}} % av timene ved senteret i uke {{week}} ({{limitHours}} timer), slik at torget er åpent for alle. Med denne bookingen blir det {{wouldBeHours}} timer.",
    nn: "Målretta tenester kan ha høgst {{percent}} % av timane ved senteret i veke {{week}} ({{limitHours}} timar), slik at torget er ope for alle. Med denne bookinga vert det {{wouldBeHours}} timar.",
    en: "Targeted services may hold at most {{percent}}% of the centre's hours in week {{week}} ({{limitHours}} hours), so the square stays open to everyone. This booking would make it {{wouldBeHours}} hours.",
  },
  prime_time_reserved: {
    nb: "{{reservedPercent}} % av kveldstiden i uke {{week}} er holdt av til frivillige lag og innbyggere fram til {{releaseDays}} dager før. Resten ({{limitHours}} timer) er tatt; med denne bookingen blir det {{wouldBeHours}} timer. Du kan booke fra {{releasesAt}}.",
    nn: "{{reservedPercent}} % av kveldstida i veke {{week}} er halden av til frivillige lag og innbyggarar fram til {{releaseDays}} dagar før. Resten ({{limitHours}} timar) er teken; med denne bookinga vert det {{wouldBeHours}} timar. Du kan booke frå {{releasesAt}}.",
    en: "{{reservedPercent}}% of prime time in week {{week}} is kept for volunteer groups and residents until {{releaseDays}} days before. The rest ({{limitHours}} hours) is taken; this booking would make it {{wouldBeHours}} hours. You can book it from {{releasesAt}}.",
  },
  space_taken: {
    nb: "Rommet er allerede booket på dette tidspunktet.",
    nn: "Rommet er alt booka på dette tidspunktet.",
    en: "The space is already booked at this time.",
  },
  tentative_overlap: {
    nb: "Noen andre har også bedt om dette tidspunktet; verten avgjør.",
    nn: "Nokon andre har òg bede om dette tidspunktet; verten avgjer.",
    en: "Someone else has also requested this time; the front desk decides.",
  },
  invalid_attendees: {
    nb: "Antall deltakere må være et helt tall, null eller mer.",
    nn: "Talet på deltakarar må vere eit heilt tal, null eller meir.",
    en: "The number of attendees must be a whole number, zero or more.",
  },
  rule_parameters_invalid: {
    nb: "Reglene for senteret blir rettet nå, så verten må godkjenne forespørselen.",
    nn: "Reglane for senteret blir retta no, så verten må godkjenne førespurnaden.",
    en: "The centre's rules are being corrected, so the front desk must approve the request.",
  },
};
