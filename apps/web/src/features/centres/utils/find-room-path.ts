/** The room finder, starting at one centre: `/finn-rom?sentre=<id>`. */
export function findRoomPath(centreId: string): string {
  return `/finn-rom?${new URLSearchParams({ sentre: centreId }).toString()}`;
}
