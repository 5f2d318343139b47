// The organiser's check-in link: a random token in the link, only its SHA-256 on the booking.
import { hashToken, newToken, sameSecret } from "../auth/session-token";

export interface CheckInLink {
  url: string;
  tokenHash: string;
}

/** A fresh link for the booking. It opens the web app's check-in page, which posts the token (a GET checks nothing in). */
export function newCheckInLink(publicUrl: string, bookingId: string): CheckInLink {
  const token = newToken();
  const url = new URL(`/sjekk-inn/${bookingId}`, publicUrl);
  url.searchParams.set("token", token);
  return { url: url.toString(), tokenHash: hashToken(token) };
}

/** True when the token is the one whose hash the booking keeps. */
export function opensCheckIn(token: string, tokenHash: string | null): boolean {
  return tokenHash !== null && sameSecret(hashToken(token), tokenHash);
}
