/** Query keys of the find-room feature; every key starts with `findRoomKeys.all`. */
export const findRoomKeys = {
  all: ["find-room"] as const,
  availabilities: () => [...findRoomKeys.all, "availability"] as const,
  availability: (query: { centreId: string; from: string; to: string }) =>
    [...findRoomKeys.availabilities(), query] as const,
};
