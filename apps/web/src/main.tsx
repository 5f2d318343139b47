import "./styles/index.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { createI18n } from "./lib/i18n/create-i18n";
import { loadLanguageBundle } from "./lib/i18n/language-bundles";
import { readStoredLanguage } from "./lib/i18n/language-storage";
import { createQueryClient } from "./lib/query-client";

const container = document.getElementById("root");
if (!container) throw new Error("The page has no #root element");

// A stored nynorsk or English choice: its texts first, so the first render is already in that language.
// If they cannot be fetched, the page starts in bokmål rather than not at all.
await loadLanguageBundle(readStoredLanguage()).catch(() => undefined);

createRoot(container).render(
  <StrictMode>
    <App queryClient={createQueryClient()} i18n={createI18n()} clock={() => new Date()} />
  </StrictMode>,
);
