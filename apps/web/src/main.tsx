import "./styles/index.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { createI18n } from "./lib/i18n/create-i18n";
import { createQueryClient } from "./lib/query-client";

const container = document.getElementById("root");
if (!container) throw new Error("The page has no #root element");

createRoot(container).render(
  <StrictMode>
    <App queryClient={createQueryClient()} i18n={createI18n()} clock={() => new Date()} />
  </StrictMode>,
);
