import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

/** Where "now" comes from; tests inject a fixed clock. */
export type Clock = () => Date;

const systemClock: Clock = () => new Date();
const ClockContext = createContext<Clock>(systemClock);

export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }) {
  return <ClockContext value={clock}>{children}</ClockContext>;
}

/** The current time, refreshed every `intervalMs` so "open now" does not go stale on an open page. */
export function useNow(intervalMs = 60_000): Date {
  const clock = useContext(ClockContext);
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(clock());
    }, intervalMs);
    return () => {
      window.clearInterval(timer);
    };
  }, [clock, intervalMs]);
  return now;
}
