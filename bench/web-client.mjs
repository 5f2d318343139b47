// The web client as a browser sees it: the JavaScript the programme page loads (gzip), Lighthouse on the
// programme and find-a-room pages, and the longest main-thread task while the week view draws 500 bookings.
// Runs the real server (embedded database, demo data) and the system's Chromium.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import { chromiumPath } from "../e2e/chromium.mjs";
import { ROOT, startServer } from "./lib/server.mjs";
import { weekViewLoad } from "./lib/week-view-load.mjs";

const PORT = 3520;
const DEBUG_PORT = 9333;
const BROWSER_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/**
 * Every script the page loads until its route has drawn its heading and the network is idle, each gzipped
 * as a server would send it. Waiting for the heading counts the route's own chunk, which a slow main thread
 * can otherwise request after a first quiet moment on the network.
 */
async function initialScripts(browser, url) {
  const page = await browser.newPage();
  const scripts = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    // A response without a body (a redirect, a cached one) counts nothing.
    scripts.push(response.body().then((body) => ({ url: response.url(), raw: body.length, gzip: gzipSync(body).length }), () => null));
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.locator("main h1").first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  const loaded = (await Promise.all(scripts)).filter(Boolean);
  await page.close();
  return { files: loaded.length, rawKB: kb(loaded, "raw"), gzipKB: kb(loaded, "gzip") };
}

const kb = (files, key) => Math.round(files.reduce((sum, file) => sum + file[key], 0) / 102.4) / 10;

/** Lighthouse's default (mobile, simulated throttling) run of one URL: performance and accessibility. */
async function lighthouseScores(url) {
  const dir = mkdtempSync(path.join(tmpdir(), "sambruk-lh-"));
  const chrome = spawn(chromiumPath(), [...BROWSER_ARGS, `--remote-debugging-port=${DEBUG_PORT}`, `--user-data-dir=${dir}`, "about:blank"], { stdio: "ignore" });
  try {
    for (let i = 0; i < 100; i += 1) {
      if (await fetch(`http://127.0.0.1:${DEBUG_PORT}/json/version`).then((r) => r.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const result = await lighthouse(url, { port: DEBUG_PORT, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
    const { categories, audits } = result.lhr;
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      lcpMs: Math.round(audits["largest-contentful-paint"].numericValue),
      tbtMs: Math.round(audits["total-blocking-time"].numericValue),
      failedA11y: Object.values(audits).filter((a) => a.score === 0 && categories.accessibility.auditRefs.some((r) => r.id === a.id)).map((a) => a.id),
    };
  } finally {
    const exited = new Promise((resolve) => chrome.once("exit", resolve));
    chrome.kill("SIGTERM");
    await exited;
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}

export async function webClient() {
  const build = spawnSync("pnpm", ["--filter", "@sambruk/web", "build"], { cwd: ROOT, stdio: "ignore" });
  if (build.status !== 0) throw new Error("the web build failed");
  const server = await startServer({ port: PORT });
  const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: BROWSER_ARGS.slice(1) });
  try {
    const base = `http://localhost:${PORT}`;
    const programme = await initialScripts(browser, `${base}/program`);
    const findRoom = await initialScripts(browser, `${base}/finn-rom`);
    const scores = { programme: await lighthouseScores(`${base}/program`), findRoom: await lighthouseScores(`${base}/finn-rom`) };
    const weekView = await weekViewLoad(browser, base, 500);
    const rows = [
      `| initial JavaScript, /program | ${programme.files} files | ${programme.rawKB} KB raw | **${programme.gzipKB} KB gzip** (target ≤ 250) |`,
      `| initial JavaScript, /finn-rom | ${findRoom.files} files | ${findRoom.rawKB} KB raw | ${findRoom.gzipKB} KB gzip |`,
      `| Lighthouse /program (mobile) | performance **${scores.programme.performance}** | accessibility **${scores.programme.accessibility}** | LCP ${scores.programme.lcpMs} ms, TBT ${scores.programme.tbtMs} ms ${scores.programme.failedA11y.join(" ")} |`,
      `| Lighthouse /finn-rom (mobile) | performance **${scores.findRoom.performance}** | accessibility **${scores.findRoom.accessibility}** | LCP ${scores.findRoom.lcpMs} ms, TBT ${scores.findRoom.tbtMs} ms ${scores.findRoom.failedA11y.join(" ")} |`,
      `| week view with ${weekView.events} bookings | longest task **${weekView.longestTaskMs} ms** (target ≤ 200) | ${weekView.longTasks} tasks over 50 ms | drawn in ${weekView.renderMs} ms |`,
    ];
    return { programme, findRoom, scores, weekView, table: ["| measure | | | |", "|---|---|---|---|", ...rows].join("\n") };
  } finally {
    await browser.close();
    await server.stop();
  }
}
