// `pnpm start`: build the web app when its build is missing or stale, then start the server, which
// migrates the database, seeds demo data into an empty one and serves the API and the app on one port.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webDir = path.join(root, "apps/web");
const builtIndex = path.join(webDir, "dist/index.html");

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Sambruk needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}

/** Newest modification time under the given paths, skipping node_modules and build output. */
function newest(paths) {
  let latest = 0;
  for (const entry of paths) {
    if (!existsSync(entry)) continue;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      for (const child of readdirSync(entry)) {
        if (child === "node_modules" || child === "dist") continue;
        latest = Math.max(latest, newest([path.join(entry, child)]));
      }
    } else {
      latest = Math.max(latest, stat.mtimeMs);
    }
  }
  return latest;
}

const sources = [webDir, path.join(root, "packages"), path.join(root, "pnpm-lock.yaml")];
if (!existsSync(builtIndex) || newest(sources) > statSync(builtIndex).mtimeMs) {
  console.log("Building the web app…");
  const build = spawnSync(process.execPath, [path.join(webDir, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], {
    cwd: webDir,
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "apps/api/src/server.ts")], {
  cwd: root,
  stdio: "inherit",
  // With a database server this is a deployment (production); on the embedded database it is the demo, where
  // demo sign-in is on, which production forbids.
  env: { NODE_ENV: process.env.DATABASE_URL ? "production" : "development", ...process.env },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
