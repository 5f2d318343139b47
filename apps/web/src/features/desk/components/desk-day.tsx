import type { DeskBoard } from "@sambruk/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/ui/empty-state";
import type { DroppedTime } from "../utils/board-events";
import { BookingPanel } from "./booking-panel";
import { DayBoard } from "./day-board";
import { DayList } from "./day-list";

interface DeskDayProps {
  board: DeskBoard;
  view: "board" | "list";
  centreName: (centreId: string) => string | undefined;
  onDone: (message: string) => void;
}

/** The day as the board or the list; opening a booking shows its panel, dropping one on the board its move. */
export function DeskDay({ board, view, centreName, onDone }: DeskDayProps) {
  const { t } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  const [dropped, setDropped] = useState<DroppedTime | null>(null);
  const openAt = (bookingId: string | null, drop: DroppedTime | null = null) => {
    setOpenId(bookingId);
    setDropped(drop);
  };
  const open = board.bookings.find((booking) => booking.id === openId);
  if (board.spaces.length === 0) return <EmptyState message={t("desk.noSpaces")} />;
  const spaceName = (spaceId: string) => board.spaces.find((space) => space.id === spaceId)?.name ?? t("desk.move.unknownSpace");
  return (
    <>
      {board.bookings.length === 0 && board.blocks.length === 0 && <EmptyState message={t("desk.emptyDay")} />}
      {view === "board" ? <DayBoard board={board} onOpen={openAt} onDrop={(drop) => { openAt(drop.bookingId, drop); }} /> : <DayList board={board} onOpen={openAt} />}
      {open && (
        <BookingPanel
          key={`${open.id}-${dropped?.start ?? ""}`}
          booking={open}
          spaceName={spaceName(open.spaceId)}
          centreName={centreName}
          dropped={dropped}
          onClose={() => { openAt(null); }}
          onDone={(message) => {
            openAt(null);
            onDone(message);
          }}
        />
      )}
    </>
  );
}
