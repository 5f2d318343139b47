// Feed tokens: 32 random bytes in the feed's URL; the database holds only their SHA-256, so a copy of the table
// opens no feed. The same scheme as session tokens.
import { hashToken, newToken } from "../auth/session-token";

export function newFeedToken(): string {
  return newToken();
}

export function hashFeedToken(token: string): string {
  return hashToken(token);
}
