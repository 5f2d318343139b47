// The bookingActions texts in bokmål (the source), nynorsk and English; the types keep the keys the same.
export const bookingActionsNb = {
  title: "Endre booking",
};

export const bookingActionsNn: typeof bookingActionsNb = {
  title: "Endre booking",
};

export const bookingActionsEn: typeof bookingActionsNb = {
  title: "Change booking",
};
