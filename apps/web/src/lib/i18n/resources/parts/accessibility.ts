// The accessibility texts in bokmål (the source), nynorsk and English; the types keep the keys the same.
export const accessibilityNb = {
  title: "Tilgjengelighetserklæring",
};

export const accessibilityNn: typeof accessibilityNb = {
  title: "Tilgjengelegheitserklæring",
};

export const accessibilityEn: typeof accessibilityNb = {
  title: "Accessibility statement",
};
