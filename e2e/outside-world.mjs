// What lies outside Sambruk in the end-to-end suite, in one process started by e2e/serve.mjs with
// `node --import tsx e2e/outside-world.mjs`: the tests' OpenID Connect provider (as ID-porten) on
// 127.0.0.1:$E2E_OIDC_PORT (3198) for the app on localhost:$PORT (3199), with the client secret from
// $E2E_OIDC_CLIENT_SECRET (a random one without it); and a mail server: SMTP on 127.0.0.1:$E2E_SMTP_PORT
// for the app's outbox, and what it received as JSON at http://127.0.0.1:$E2E_MAIL_PORT/messages for the tests
// (e2e/mailbox.ts); serve.mjs sets both (3196 and 3197 by default). Silent but for errors; stops on SIGTERM or SIGINT.
import { createServer } from "node:http";

// oidc-provider warns on import about Node.js 20; nothing to act on in a test run.
const warn = console.warn;
console.warn = (...args) => {
  if (typeof args[0] === "string" && args[0].startsWith("oidc-provider WARNING: Unsupported runtime")) return;
  warn(...args);
};
const { startOidcProvider } = await import("../apps/api/src/testing/oidc-provider.ts");
const { startSmtpTestServer } = await import("../apps/api/src/modules/notifications/smtp-test-server.ts");

const port = Number(process.env.E2E_OIDC_PORT ?? 3198);
const appUrl = `http://localhost:${process.env.PORT ?? 3199}`;

const smtp = await startSmtpTestServer(Number(process.env.E2E_SMTP_PORT));
createServer((request, response) => {
  if (request.url !== "/messages") {
    response.writeHead(404).end();
    return;
  }
  const messages = smtp.received.map((mail) => ({ to: mail.headers.get("to") ?? "", subject: mail.subject, text: mail.text }));
  response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(messages));
}).listen(Number(process.env.E2E_MAIL_PORT), "127.0.0.1");

await startOidcProvider({
  port,
  redirectUris: [`${appUrl}/api/v1/auth/callback/idporten`],
  postLogoutRedirectUris: [`${appUrl}/`],
  ...(process.env.E2E_OIDC_CLIENT_SECRET ? { clientSecret: process.env.E2E_OIDC_CLIENT_SECRET } : {}),
});

// Its state is in memory only: nothing to save, so a signal just ends the process.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
