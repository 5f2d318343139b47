/**
 * The first element of every query key whose answer depends on who is signed in (their bookings, …).
 * Signing in, signing out and changing whom one acts for reset every query under it.
 */
export const SESSION_SCOPE = ["session"] as const;
