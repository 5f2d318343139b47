import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";

interface OpenApiDocument {
  paths: Record<string, Record<string, { summary: string }>>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.describe("the API reference", () => {
  test("shows every operation of the OpenAPI document, with scripts from our origin only", async ({ page, request }) => {
    // Redoc renders some forty operations; on a loaded machine that alone can take most of the default 30 s.
    test.setTimeout(180_000);
    const scriptViolations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy.*script-src/.test(message.text())) scriptViolations.push(message.text());
    });
    page.on("pageerror", (error) => scriptViolations.push(error.message));

    const document = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApiDocument;
    const summaries = Object.values(document.paths).flatMap((operations) => Object.values(operations).map((operation) => operation.summary));
    expect(summaries.length).toBeGreaterThan(10);

    await page.goto("/api/docs");
    // Redoc draws the whole document before its first heading: give a cold page on a busy machine time.
    await expect(page.getByRole("heading", { level: 1, name: /Sambruk API/ })).toBeVisible({ timeout: 30_000 });
    for (const summary of summaries) {
      // Redoc's heading name starts with its anchor ("tag/Health/operation/getHealth Service health").
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(` ${escapeRegExp(summary)}$`) })).toBeAttached();
    }
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectAccessible(page);
    expect(scriptViolations).toEqual([]);
  });
});
