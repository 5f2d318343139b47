// Wall-clock times of day ("08:30") as minutes after local midnight. 1440 means "end of day".

export const MINUTES_PER_DAY = 1440;

const WALL_TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Parses "HH:mm" (00:00–24:00) into minutes after midnight; returns null for anything else. */
export function parseWallTime(text: string): number | null {
  const match = WALL_TIME.exec(text);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= MINUTES_PER_DAY ? minutes : null;
}

/** Formats minutes after midnight as "HH:mm"; 1440 is "24:00". */
export function formatWallTime(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MINUTES_PER_DAY) {
    throw new RangeError(`Not a wall time in minutes: ${minutes}`);
  }
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
