// Browser APIs jsdom lacks but Designsystemet calls (its Spinner synchronises CSS animations).
if (typeof document.getAnimations !== "function") {
  Object.defineProperty(document, "getAnimations", { configurable: true, value: (): Animation[] => [] });
}
