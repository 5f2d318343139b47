// Starts Sambruk: validate the environment, open and migrate the database, seed demo data into an empty
// one, serve the API and the web app on one port, and shut down gracefully.
import { createServer, type Server } from "node:http";
import { createApp } from "./app";
import { loadEnv } from "./config/env";
import { openDatabase, type Database } from "./db/database";
import { describeStartupError } from "./boot/startup-error";
import { prepareDatabase } from "./boot/prepare-database";
import { appVersion } from "./boot/version";
import { createLogger, type Logger } from "./http/logger";
import { startHousekeeping } from "./boot/housekeeping";
import { startOutboxWorker } from "./modules/notifications/start-outbox";

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const env = loadEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  logger.info({ database: db.kind, location: db.location }, "database opened");
  const migrations = await prepareDatabase(db, { seed: env.SEED_DEMO_DATA, logger }).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  const app = createApp({ db, logger, version: env.APP_VERSION ?? appVersion(), migrations: () => migrations, webDistDir: env.WEB_DIST_DIR, auth: env.AUTH });
  const server = createServer(app);
  await listen(server, env.PORT, env.HOST).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  logger.info({ port }, "listening");
  process.stdout.write(`\nSambruk is running at http://localhost:${port}\n\n`);
  startHousekeeping(db, env.AUTH, logger);
  startOutboxWorker(db, env.MAIL, logger);
  handleSignals(server, db, logger);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/** SIGTERM/SIGINT: stop accepting, let in-flight requests finish (bounded), close the database. */
function handleSignals(server: Server, db: Database, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    server.close(() => {
      clearTimeout(force);
      db.close()
        .then(() => logger.info("stopped"))
        .catch((error: unknown) => logger.error({ err: error }, "closing the database failed"))
        .finally(() => process.exit(0));
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${describeStartupError(error)}\n\n`);
  process.exit(1);
});
