import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";
import "./jsdom-gaps";
import { setCsrfToken } from "../lib/csrf-token";
import { server } from "./server";

// The first render of a file (cold module graph) can take over a second on a busy machine; findBy* waits
// up to 5 s for what must appear. A test that waits for something that never comes still fails.
configure({ asyncUtilTimeout: 5000 });

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
