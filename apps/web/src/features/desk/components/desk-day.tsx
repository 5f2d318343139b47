import type { DeskBoard } from "@sambruk/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/ui/empty-state";
import { BookingPanel } from "./booking-panel";
import { DayBoard } from "./day-board";
import { DayList } from "./day-list";

interface DeskDayProps {
  board: DeskBoard;
  view: "board" | "list";
  centreName: (centreId: string) => string | undefined;
  onDone: (message: string) => void;
}

/** The day as the board or the list; opening a booking shows its panel. */
export function DeskDay({ board, view, centreName, onDone }: DeskDayProps) {
  const { t } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = board.bookings.find((booking) => booking.id === openId);
  if (board.spaces.length === 0) return <EmptyState message={t("desk.noSpaces")} />;
  const spaceName = (spaceId: string) => board.spaces.find((space) => space.id === spaceId)?.name ?? t("desk.move.unknownSpace");
  return (
    <>
      {board.bookings.length === 0 && board.blocks.length === 0 && <EmptyState message={t("desk.emptyDay")} />}
      {view === "board" ? <DayBoard board={board} onOpen={setOpenId} /> : <DayList board={board} onOpen={setOpenId} />}
      {open && (
        <BookingPanel
          key={open.id}
          booking={open}
          spaceName={spaceName(open.spaceId)}
          centreName={centreName}
          onClose={() => { setOpenId(null); }}
          onDone={(message) => {
            setOpenId(null);
            onDone(message);
          }}
        />
      )}
    </>
  );
}
