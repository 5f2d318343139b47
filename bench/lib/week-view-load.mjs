/* global window, document -- these callbacks run in the browser page, not in Node. */
// The find-a-room week view drawing N bookings of one room: the availability answer is replaced (in the
// browser) by N busy intervals spread over the week's opening hours; the real app, API and Chromium do the rest.
// Measures the longest main-thread task (Long Tasks API) from navigation until every booking is drawn.

const DAY_MS = 24 * 3600_000;

/** Monday (yyyy-MM-dd) of next week, in UTC terms: the page reads it as an Oslo date. */
function nextMonday(now = new Date()) {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const offset = ((8 - day.getUTCDay()) % 7) || 7;
  return new Date(day.getTime() + offset * DAY_MS).toISOString().slice(0, 10);
}

/** N busy segments between 08:00 and 22:00 Oslo time on the seven days from `from`, free time between them. */
function segments(from, to, count) {
  const perDay = Math.ceil(count / 7);
  const out = [];
  let made = 0;
  for (let day = 0; day < 7 && made < count; day += 1) {
    // 08:00 Oslo is 07:00 or 06:00 UTC; one hour later is still inside the day's grid either way.
    const opens = Date.parse(from) + day * DAY_MS + 9 * 3600_000;
    const step = (13 * 3600_000) / perDay;
    for (let i = 0; i < perDay && made < count; i += 1, made += 1) {
      const start = opens + i * step;
      out.push({ start: new Date(start).toISOString(), end: new Date(start + step / 2).toISOString(), state: "busy" });
      out.push({ start: new Date(start + step / 2).toISOString(), end: new Date(start + step).toISOString(), state: "free" });
    }
  }
  return [{ start: from, end: out[0].start, state: "free" }, ...out, { start: out.at(-1).end, end: to, state: "free" }];
}

export async function weekViewLoad(browser, base, count) {
  const centres = await (await fetch(`${base}/api/v1/centres`)).json();
  const centre = centres.find((c) => c.slug === "slemmestad") ?? centres[0];
  const spaces = await (await fetch(`${base}/api/v1/spaces?centreId=${centre.id}`)).json();
  const room = spaces[0];
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  await page.route("**/api/v1/availability?**", (route) => {
    const url = new URL(route.request().url());
    const from = url.searchParams.get("from");
    const to = url.searchParams.get("to");
    const free = [{ start: from, end: to, state: "free" }];
    const body = { from, to, spaces: spaces.map((space) => ({ spaceId: space.id, segments: space.id === room.id ? segments(from, to, count) : free })) };
    return route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(body) });
  });
  const started = Date.now();
  await page.goto(`${base}/finn-rom?sentre=${centre.id}&dato=${nextMonday()}&rom=${room.id}&visning=kalender`);
  const busy = page.locator('[aria-label^="Opptatt"]');
  await page.waitForFunction((n) => document.querySelectorAll('[aria-label^="Opptatt"]').length >= n, count, { timeout: 60_000 });
  const renderMs = Date.now() - started;
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate(() => window.__longTasks);
  const drawn = await busy.count();
  await page.close();
  return { events: drawn, renderMs, longTasks: tasks.length, longestTaskMs: Math.round(Math.max(0, ...tasks)) };
}
