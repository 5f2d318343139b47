import "@testing-library/jest-dom";
import "./jsdom-gaps";
import { server } from "./server";

beforeAll(() => {
  server.listen({ onUnhandledRequest: "error" });
});

afterEach(() => {
  server.resetHandlers();
  window.localStorage.clear();
  document.documentElement.lang = "";
  document.title = "";
});

afterAll(() => {
  server.close();
});
