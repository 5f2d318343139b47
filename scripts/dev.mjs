// `pnpm dev`: the API with reload on change, and Vite's dev server (which proxies /api to the API).
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const children = [
  spawn(process.execPath, ["--import", "tsx", "--watch", "apps/api/src/server.ts"], { cwd: root, stdio: "inherit" }),
  spawn(process.execPath, [path.join(root, "apps/web/node_modules/vite/bin/vite.js")], { cwd: path.join(root, "apps/web"), stdio: "inherit" }),
];
const stop = (signal) => children.forEach((child) => child.kill(signal));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
for (const child of children) child.on("exit", (code) => { stop("SIGTERM"); process.exitCode = code ?? 0; });
