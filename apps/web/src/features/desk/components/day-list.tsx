import { Button, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import type { DeskBoard } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { spaceEvents } from "../utils/board-events";
import { formatTimeRange } from "../utils/desk-date";

/** The same day as tables, one per space: time, title, organisation, state, no-shows and "Åpne". */
export function DayList({ board, onOpen }: { board: DeskBoard; onOpen: (bookingId: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      {board.spaces.map((space) => {
        const events = spaceEvents(board, space.id);
        return (
          <section key={space.id} className="stack desk-list__space">
            <Heading level={3} data-size="xs">
              {t("desk.board.space", { space: space.name, capacity: space.capacity })}
            </Heading>
            {events.length === 0 ? (
              <Paragraph data-size="sm">{t("desk.list.spaceEmpty")}</Paragraph>
            ) : (
              <Table zebra border className="desk-list__table">
                <caption className="ds-sr-only">{space.name}</caption>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell scope="col">{t("desk.list.time")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("desk.list.what")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("desk.list.organisation")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("desk.list.status")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("desk.list.noShows")}</TableHeaderCell>
                    <TableHeaderCell scope="col">
                      <span className="ds-sr-only">{t("desk.list.actions")}</span>
                    </TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {events.map((event) => {
                    const time = formatTimeRange(event.start, event.end);
                    const bookingId = event.bookingId;
                    return (
                      <TableRow key={event.id}>
                        <TableCell>{time}</TableCell>
                        <TableCell>{event.title}</TableCell>
                        <TableCell>{event.organisation ?? ""}</TableCell>
                        <TableCell>
                          <span className={`desk-status desk-status--${event.state}`}>{t(`desk.state.${event.state}`)}</span>
                        </TableCell>
                        <TableCell>{event.noShows > 0 ? t("desk.noShows", { count: event.noShows }) : ""}</TableCell>
                        <TableCell>
                          {bookingId && (
                            <Button
                              variant="secondary"
                              data-size="sm"
                              aria-label={t("desk.list.openLabel", { title: event.title, time })}
                              onClick={() => {
                                onOpen(bookingId);
                              }}
                            >
                              {t("desk.list.open")}
                            </Button>
                          )}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            )}
          </section>
        );
      })}
    </div>
  );
}
