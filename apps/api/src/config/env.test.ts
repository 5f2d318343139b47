import path from "node:path";
import { EnvError, loadEnv, REPO_ROOT } from "./env";

describe("loadEnv", () => {
  it("needs nothing: embedded database in .data, port 3000", () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ PORT: 3000, LOG_LEVEL: "info", SEED_DEMO_DATA: "auto", DATA_DIR: path.join(REPO_ROOT, ".data") });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    expect(loadEnv({ DATABASE_URL: "", PORT: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts a PostgreSQL URL and resolves relative directories against the repository", () => {
    const env = loadEnv({ DATABASE_URL: "postgresql://me@db:5432/sambruk", DATA_DIR: "tmp/data" });
    expect(env.DATABASE_URL).toBe("postgresql://me@db:5432/sambruk");
    expect(env.DATA_DIR).toBe(path.join(REPO_ROOT, "tmp/data"));
  });

  it("lists every problem at once", () => {
    let error: unknown;
    try {
      loadEnv({ DATABASE_URL: "mysql://me@db/x", PORT: "abc", LOG_LEVEL: "loud", SEED_DEMO_DATA: "yes" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    const problems = (error as EnvError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/DATABASE_URL: must be a postgres/);
    expect(problems.join("\n")).toMatch(/PORT: must be a port number/);
  });

  it.each(["-1", "65536", "80.5"])("refuses PORT=%s", (port) => {
    expect(() => loadEnv({ PORT: port })).toThrow(/PORT/);
  });

  it("never echoes the URL (it may hold a password)", () => {
    expect(() => loadEnv({ DATABASE_URL: "postgres://me:hunter2@[broken" })).toThrow(/^(?![\s\S]*hunter2)/);
  });
});

describe("DEMO_LOGIN", () => {
  it.each([
    [{}, true],
    [{ DATABASE_URL: "postgresql://localhost/sambruk" }, false],
    [{ DATABASE_URL: "postgresql://localhost/sambruk", DEMO_LOGIN: "true" }, true],
    [{ DEMO_LOGIN: "false" }, false],
    [{ NODE_ENV: "production" }, false],
  ])("%j → %s", (source, enabled) => {
    expect(loadEnv(source).AUTH.demoLogin).toBe(enabled);
  });

  it("refuses demo login in production", () => {
    expect(() => loadEnv({ NODE_ENV: "production", DEMO_LOGIN: "true" })).toThrow(/DEMO_LOGIN: .*NODE_ENV=production/);
  });
});

describe("OIDC providers", () => {
  it("turns a provider on by its issuer, with default scopes", () => {
    const { providers } = loadEnv({ OIDC_IDPORTEN_ISSUER: "https://idporten.example/", OIDC_IDPORTEN_CLIENT_ID: "sambruk" }).AUTH;
    expect(providers).toEqual([
      { id: "idporten", name: "ID-porten", audience: "public", issuer: "https://idporten.example/", clientId: "sambruk", clientSecret: null, scopes: "openid profile" },
    ]);
  });

  it("lists an issuer without a client id as a problem", () => {
    expect(() => loadEnv({ OIDC_STAFF_ISSUER: "https://login.example/" })).toThrow(/OIDC_STAFF_CLIENT_ID: required/);
  });

  it("derives the public address from the port unless given", () => {
    expect(loadEnv({ PORT: "4000" }).AUTH.publicUrl).toBe("http://localhost:4000");
    expect(loadEnv({ PUBLIC_URL: "https://sambruk.asker.kommune.no/" }).AUTH.publicUrl).toBe("https://sambruk.asker.kommune.no");
  });
});
