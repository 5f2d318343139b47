import { useEffect, useState } from "react";

/** `value`, once it has stayed the same for `delayMs` (compared by JSON, so a fresh equal object does not reset it). */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setSettled(value);
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
    };
    // `key` stands for `value`: a re-render with an equal value keeps the timer running.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, delayMs]);
  return settled;
}
