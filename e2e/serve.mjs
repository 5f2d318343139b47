// Runs `pnpm start` for the end-to-end suite on a throwaway embedded database, removed on exit, with the world
// outside (e2e/outside-world.mjs): a test OpenID Connect provider as ID-porten and a mail server for the outbox;
// both stop when either does, or on a signal.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const port = process.env.PORT ?? "3199";
const oidcPort = process.env.E2E_OIDC_PORT ?? "3198";
// The mail server next to the app's port (3196 and 3197 by default), so parallel runs on other ports do not collide.
const smtpPort = process.env.E2E_SMTP_PORT ?? String(Number(port) - 3);
const mailPort = process.env.E2E_MAIL_PORT ?? String(Number(port) - 2);
const issuer = `http://127.0.0.1:${oidcPort}`;
const clientSecret = process.env.E2E_OIDC_CLIENT_SECRET ?? randomBytes(24).toString("base64url");

const dataDir = mkdtempSync(path.join(tmpdir(), "sambruk-e2e-"));
const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });

let server;
let stopping = false;
const provider = spawn(process.execPath, ["--import", "tsx", "e2e/outside-world.mjs"], {
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, PORT: port, E2E_OIDC_PORT: oidcPort, E2E_SMTP_PORT: smtpPort, E2E_MAIL_PORT: mailPort, E2E_OIDC_CLIENT_SECRET: clientSecret },
});
provider.on("exit", (code) => {
  if (stopping) return;
  console.error(`The test OIDC provider stopped (${code ?? "signal"}).`);
  stopping = true;
  if (server) server.kill("SIGTERM");
  else {
    cleanUp();
    process.exit(1);
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    provider.kill(signal);
    if (server) server.kill(signal);
    else {
      cleanUp();
      process.exit(1);
    }
  });
}

/** Until the provider answers discovery (it compiles TypeScript first). */
async function providerReady() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${issuer}/.well-known/openid-configuration`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (stopping) return;
    await sleep(200);
  }
  throw new Error(`The test OIDC provider did not answer at ${issuer} within a minute.`);
}

try {
  await providerReady();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  stopping = true;
  provider.kill("SIGTERM");
  cleanUp();
  process.exit(1);
}

if (!stopping) {
  server = spawn(process.execPath, ["scripts/start.mjs"], {
    stdio: "inherit",
    env: {
      ...process.env,
      PORT: port,
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      DATABASE_URL: "",
      PUBLIC_URL: `http://localhost:${port}`,
      OIDC_IDPORTEN_ISSUER: issuer,
      OIDC_IDPORTEN_CLIENT_ID: "sambruk-test",
      OIDC_IDPORTEN_CLIENT_SECRET: clientSecret,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      OUTBOX_INTERVAL_SECONDS: "1",
    },
  });
  server.on("exit", (code) => {
    stopping = true;
    provider.kill("SIGTERM");
    cleanUp();
    process.exit(code ?? 0);
  });
}
