// The bookingForm texts in bokmål (the source), nynorsk and English; the types keep the keys the same.
export const bookingFormNb = {
  title: "Book rommet",
};

export const bookingFormNn: typeof bookingFormNb = {
  title: "Book rommet",
};

export const bookingFormEn: typeof bookingFormNb = {
  title: "Book the room",
};
