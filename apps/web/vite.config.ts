import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

// The API listens here in development; the SPA and the API share one origin behind the proxy.
const API_ORIGIN = "http://localhost:3000";

const LANGUAGE_FILE = /\/lib\/i18n\/resources\/(nb|nn|en)\.ts$/;

/**
 * Each text part (resources/parts/*.ts) holds one screen's texts in all three languages. Imported from a
 * language's file it becomes a module of its own for that language (`parts/x.ts?lang=nn`), so the bundler
 * keeps only that language's export in it: bokmål's parts stay in the entry, nynorsk's and English's go
 * to the chunk of their language, which is fetched only when chosen (see lib/i18n/language-bundles.ts).
 */
function textPartsPerLanguage(): Plugin {
  return {
    name: "sambruk:text-parts-per-language",
    enforce: "pre",
    async resolveId(source, importer) {
      const language = importer?.match(LANGUAGE_FILE)?.[1];
      if (!language || !source.startsWith("./parts/")) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && { ...resolved, id: `${resolved.id}?lang=${language}` };
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react(), textPartsPerLanguage()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: {
      // Designsystemet's React package declares no `sideEffects`, so every component (Combobox with its
      // floating and virtual-list code, Tabs, Suggestion …) would be bundled though only a few are used.
      // Its modules only define components; what registers custom elements is @digdir/designsystemet-web,
      // which keeps its side effects.
      treeshake: { moduleSideEffects: (id: string) => !id.includes("/@digdir/designsystemet-react/") },
    },
  },
  server: {
    proxy: {
      "/api": { target: API_ORIGIN, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      "/api": { target: API_ORIGIN, changeOrigin: false },
    },
  },
});
