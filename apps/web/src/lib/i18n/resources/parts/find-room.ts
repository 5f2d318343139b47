// The findRoom texts in bokmål (the source), nynorsk and English; the types keep the keys the same.
export const findRoomNb = {
  title: "Finn et rom",
};

export const findRoomNn: typeof findRoomNb = {
  title: "Finn eit rom",
};

export const findRoomEn: typeof findRoomNb = {
  title: "Find a room",
};
