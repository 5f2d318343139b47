import { waitFor } from "@testing-library/react";
import type { i18n } from "i18next";

/** A fresh module graph: only bokmål is loaded, as in a browser on its first visit. */
async function freshI18n(): Promise<i18n> {
  let instance: i18n | undefined;
  await jest.isolateModulesAsync(async () => {
    const { createI18n } = await import("./create-i18n");
    instance = createI18n();
  });
  if (!instance) throw new Error("createI18n did not run");
  return instance;
}

describe("createI18n with languages fetched on demand", () => {
  it("starts in bokmål with only bokmål loaded", async () => {
    const i18n = await freshI18n();
    expect(i18n.language).toBe("nb");
    expect(i18n.hasResourceBundle("nn", "translation")).toBe(false);
    expect(i18n.hasResourceBundle("en", "translation")).toBe(false);
    expect(i18n.t("language.label")).toBe("Språk");
  });

  it("switches only once the chosen language's texts are here", async () => {
    const i18n = await freshI18n();
    const switching = i18n.changeLanguage("en");
    expect(i18n.language).toBe("nb");
    expect(document.documentElement.lang).toBe("nb");

    await switching;
    expect(i18n.language).toBe("en");
    expect(i18n.t("language.label")).toBe("Language");
    expect(document.documentElement.lang).toBe("en");
    expect(window.localStorage.getItem("sambruk.language")).toBe("en");
  });

  it("fetches a stored choice and shows it once loaded", async () => {
    window.localStorage.setItem("sambruk.language", "nn");
    const i18n = await freshI18n();
    await waitFor(() => expect(i18n.resolvedLanguage).toBe("nn"));
    expect(i18n.t("app.skipToContent")).toBe("Hopp til hovudinnhaldet");
    expect(i18n.hasResourceBundle("nn", "translation")).toBe(true);
    expect(document.documentElement.lang).toBe("nn");
  });
});
