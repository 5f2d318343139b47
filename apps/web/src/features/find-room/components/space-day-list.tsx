import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { DayRow } from "../utils/day-rows";
import { formatDay, formatTimeRange, type LabelFormat } from "../utils/labels";
import type { Slot } from "../utils/slots";
import { parseLocalDate } from "../utils/week";

interface SpaceDayListProps {
  spaceName: string;
  rows: readonly DayRow[];
  fmt: LabelFormat;
  /** The heading level of the days (one below the space's). */
  level: 3 | 4;
  onChoose: (slot: Slot) => void;
}

const noon = (date: string) => {
  const { year, month, day } = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, day, 11));
};

/** The accessible path: per day, free time as buttons and busy or requested time as text. */
export function SpaceDayList({ spaceName, rows, fmt, level, onChoose }: SpaceDayListProps) {
  const { t } = useTranslation();
  return (
    <ul className="find-room__days">
      {rows.map((row) => {
        const day = formatDay(noon(row.date), fmt);
        return (
          <li key={row.date}>
            <Heading level={level} data-size="2xs">
              {day.charAt(0).toLocaleUpperCase() + day.slice(1)}
            </Heading>
            {row.pieces.length === 0 ? (
              <Paragraph data-size="sm">{t("findRoom.closedDay")}</Paragraph>
            ) : (
              <ul className="find-room__pieces">
                {row.pieces.map((piece) => {
                  const time = formatTimeRange(piece.start, piece.end, fmt);
                  const key = `${piece.state}-${String(piece.start.getTime())}`;
                  if (piece.state !== "free") {
                    return (
                      <li key={key} className={`find-room__piece--${piece.state}`}>
                        {time} {t(`findRoom.state.${piece.state}`)}
                      </li>
                    );
                  }
                  const { slot } = piece;
                  if (!slot) return <li key={key}>{t("findRoom.tooShort", { time })}</li>;
                  const slotTime = formatTimeRange(slot.start, slot.end, fmt);
                  return (
                    <li key={key} className="find-room__piece--free">
                      <span>
                        {time} {t("findRoom.state.free")}:
                      </span>{" "}
                      <Button
                        variant="secondary"
                        data-size="sm"
                        aria-label={t("findRoom.chooseLabel", { time: slotTime, day, space: spaceName })}
                        onClick={() => { onChoose(slot); }}
                      >
                        {t("findRoom.choose", { time: slotTime })}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
