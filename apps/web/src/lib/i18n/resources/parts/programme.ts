// The programme texts in bokmål (the source), nynorsk and English; the types keep the keys the same.
export const programmeNb = {
  title: "Hva skjer",
};

export const programmeNn: typeof programmeNb = {
  title: "Kva skjer",
};

export const programmeEn: typeof programmeNb = {
  title: "What's on",
};
