// Reading and writing the session cookie without a cookie library: one cookie, strict format.
import type { Request, Response } from "express";

/** The value of the named cookie in the request, if any. */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}

export interface CookieOptions {
  secure: boolean;
  maxAgeSeconds: number;
}

/** httpOnly, SameSite=Lax, the whole site; Secure when served over https. */
export function setCookie(res: Response, name: string, value: string, { secure, maxAgeSeconds }: CookieOptions): void {
  const attributes = [`${name}=${encodeURIComponent(value)}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${String(maxAgeSeconds)}`];
  if (secure) attributes.push("Secure");
  res.append("Set-Cookie", attributes.join("; "));
}

export function clearCookie(res: Response, name: string, secure: boolean): void {
  setCookie(res, name, "", { secure, maxAgeSeconds: 0 });
}
