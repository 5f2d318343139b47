import { Heading } from "@digdir/designsystemet-react";
import type { DeskBoard } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { spaceEvents, type BoardState, type DroppedTime } from "../utils/board-events";
import { formatDay } from "../utils/desk-date";
import { SpaceDayCalendar } from "./space-day-calendar";

const STATES: readonly BoardState[] = ["requested", "confirmed", "checked_in", "blocked"];

interface DayBoardProps {
  board: DeskBoard;
  onOpen: (bookingId: string) => void;
  /** A booking dragged to another time in its own space's column. */
  onDrop: (dropped: DroppedTime) => void;
}

/** The board: one day calendar per space side by side (scrolling sideways when narrow), with a legend. */
export function DayBoard({ board, onOpen, onDrop }: DayBoardProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="stack">
      <ul className="desk-legend" aria-label={t("desk.board.legend")}>
        {STATES.map((state) => (
          <li key={state}>
            <span className={`desk-legend__swatch desk-event--${state}`} aria-hidden="true" />
            {t(`desk.state.${state}`)}
          </li>
        ))}
      </ul>
      <div className="desk-board" role="region" aria-label={t("desk.board.label", { date: formatDay(board.date, i18n.language) })}>
        {board.spaces.map((space, index) => {
          const name = t("desk.board.space", { space: space.name, capacity: space.capacity });
          return (
            <section key={space.id} className="desk-board__column">
              <Heading level={3} data-size="2xs" className="desk-board__space">
                {name}
              </Heading>
              <SpaceDayCalendar
                date={board.date}
                events={spaceEvents(board, space.id)}
                label={name}
                showHours={index === 0}
                onOpen={onOpen}
                onDrop={(bookingId, time) => { onDrop({ bookingId, spaceId: space.id, ...time }); }}
              />
            </section>
          );
        })}
      </div>
    </div>
  );
}
