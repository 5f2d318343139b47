import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";
import "./jsdom-gaps";
import { setCsrfToken } from "../lib/csrf-token";
import { addLanguageBundles } from "../lib/i18n/language-bundles";
import { en } from "../lib/i18n/resources/en";
import { nn } from "../lib/i18n/resources/nn";
import { server } from "./server";

// The first render of a file (cold module graph) can take over a second on a busy machine; findBy* waits
// up to 5 s for what must appear. A test that waits for something that never comes still fails.
configure({ asyncUtilTimeout: 5000 });

// The app fetches nynorsk and English when chosen; here every language is at hand, so a switch is immediate.
addLanguageBundles({ nn, en });

beforeAll(() => {
  server.listen({ onUnhandledRequest: "error" });
});

afterEach(() => {
  server.resetHandlers();
  setCsrfToken(null);
  window.localStorage.clear();
  document.documentElement.lang = "";
  document.title = "";
});

afterAll(() => {
  server.close();
});
