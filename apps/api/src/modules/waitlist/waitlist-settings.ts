// How the waitlist offers freed time: how long an offer stays open, and where its accept link points.
import { DEFAULT_AUTH_CONFIG } from "../../config/auth-config";

export interface WaitlistSettings {
  /** WAITLIST_OFFER_MINUTES: how long the first in line has to accept. */
  offerMinutes: number;
  /** The site's public URL, for the accept link. */
  publicUrl: string;
}

export const DEFAULT_WAITLIST_SETTINGS: WaitlistSettings = {
  offerMinutes: DEFAULT_AUTH_CONFIG.waitlist.offerMinutes,
  publicUrl: DEFAULT_AUTH_CONFIG.publicUrl,
};

/** Where the user answers an offer: their waitlist on the my-bookings page. */
export function acceptUrlOf(publicUrl: string): string {
  return `${publicUrl.replace(/\/$/, "")}/mine-bookinger#venteliste`;
}
