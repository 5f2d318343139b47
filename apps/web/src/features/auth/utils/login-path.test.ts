import { loginPath, providerLoginHref, safeReturnTo } from "./login-path";

describe("return paths", () => {
  it.each([
    ["/mine-bookinger", "/mine-bookinger"],
    ["/sentre/1?uke=2", "/sentre/1?uke=2"],
    ["//evil.example", null],
    ["/\\evil.example", null],
    ["https://evil.example/", null],
    ["mine-bookinger", null],
    ["", null],
    [null, null],
  ])("accepts %p as %p", (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it("builds the login path with a return path, but not back to itself", () => {
    expect(loginPath("/mine-bookinger")).toBe("/logg-inn?returnTo=%2Fmine-bookinger");
    expect(loginPath("/")).toBe("/logg-inn");
    expect(loginPath("/logg-inn?feil=login_failed")).toBe("/logg-inn");
    expect(loginPath("//evil.example")).toBe("/logg-inn");
  });

  it("adds the return path to a provider's login address", () => {
    expect(providerLoginHref("/api/v1/auth/login/idporten", "/mine-bookinger")).toBe(
      "/api/v1/auth/login/idporten?returnTo=%2Fmine-bookinger",
    );
    expect(providerLoginHref("/login?x=1", "/")).toBe("/login?x=1&returnTo=%2F");
  });
});
