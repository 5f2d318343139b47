// The policy rules' parameters as one typed object, with the defaults the seed starts from.
import type { BookerKind } from "../spaces/space";

export interface QuotaLimits {
  /** Booked hours per ISO week (Europe/Oslo weeks, Monday 00:00 to Monday 00:00). */
  hoursPerWeek: number;
  /** Live bookings (requested, confirmed, checked in) that have not ended yet. */
  activeBookings: number;
}

/** A weekly window in wall-clock time: ISO weekday 1 (Monday) … 7, times "HH:mm" (to may be "24:00"). */
export interface WeeklyWindow {
  weekday: number;
  from: string;
  to: string;
}

export interface PolicyParameters {
  wordScreen: {
    /** Whole words, case-insensitive; a term ending in "*" matches every word that starts with it. */
    terms: string[];
  };
  /** Tag pairs that may not run at the same time in the same zone. */
  incompatibleTags: [string, string][];
  quotas: { organisation: QuotaLimits; resident: QuotaLimits };
  fairShare: {
    /** Largest share (0–100 %) of a centre's bookable hours in a week that targeted services may hold. */
    targetedMaxPercent: number;
  };
  primeTime: {
    windows: WeeklyWindow[];
    /** Booker kinds prime time is kept for until the release point. */
    reservedFor: BookerKind[];
    /** Calendar days before the booking's start (same wall-clock time) after which anyone may book it. */
    releaseDays: number;
    /** Share (0–100 %) of each ISO week's prime time kept for them until the release point; the rest is open to all. */
    reservedSharePercent: number;
  };
  bump: {
    /** A higher tier may bump a lower one only this many calendar days or more before its start. */
    noticeDays: number;
  };
}

const eveningsMonToThu: WeeklyWindow[] = [1, 2, 3, 4].map((weekday) => ({ weekday, from: "17:00", to: "21:00" }));

export const defaultPolicyParameters: PolicyParameters = {
  wordScreen: {
    terms: ["barnevern*", "rusavhengig*", "rusbehandling*", "voldsrisiko*", "voldsutsatt*", "voldsalarm*", "overgrep*"],
  },
  incompatibleTags: [["confidential", "loud"]],
  quotas: {
    organisation: { hoursPerWeek: 20, activeBookings: 40 },
    resident: { hoursPerWeek: 4, activeBookings: 3 },
  },
  fairShare: { targetedMaxPercent: 30 },
  primeTime: {
    windows: eveningsMonToThu,
    // The front desk books walk-ins on behalf of residents and groups.
    reservedFor: ["volunteer_group", "resident", "front_desk"],
    releaseDays: 7,
    reservedSharePercent: 50,
  },
  bump: { noticeDays: 14 },
};
