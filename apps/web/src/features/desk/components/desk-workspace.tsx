import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isRetryable } from "../../../lib/api-error";
import { useDeskDay } from "../api/get-desk-day";
import { formatDay } from "../utils/desk-date";
import { DeskDay } from "./desk-day";
import { DeskQueue } from "./desk-queue";
import { DeskToolbar, type DeskViewName } from "./desk-toolbar";

export interface DeskWorkspaceProps {
  /** The centres the user may work at (a host's own; every centre for an admin). */
  centres: readonly { id: string; name: string }[];
  centreId: string;
  date: string;
  today: string;
  view: DeskViewName;
  onChange: (next: { centreId?: string; date?: string; view?: DeskViewName }) => void;
  /** Any centre's name (alternatives may be elsewhere). */
  centreName: (centreId: string) => string | undefined;
  /** The forms of the "Ny booking" and "Blokker" views, for the chosen centre and day. */
  renderForm: (view: "newBooking" | "block", props: { centreId: string; date: string }) => ReactNode;
}

/** The front desk of one centre and day: the board, the list, the queue and the desk's forms. */
export function DeskWorkspace(props: DeskWorkspaceProps) {
  const { t, i18n } = useTranslation();
  const { centreId, date, view } = props;
  const [message, setMessage] = useState("");
  const board = useDeskDay(centreId, date);
  const spaceName = (spaceId: string) => board.data?.spaces.find((space) => space.id === spaceId)?.name ?? t("desk.move.unknownSpace");

  let content: ReactNode;
  if (view === "newBooking" || view === "block") content = props.renderForm(view, { centreId, date });
  else if (view === "queue") content = <DeskQueue centreId={centreId} spaceName={spaceName} onDone={setMessage} />;
  else if (board.isPending) content = <LoadingState />;
  else if (board.error) {
    const retry = isRetryable(board.error) ? () => void board.refetch() : undefined;
    content = <ErrorState error={board.error} onRetry={retry} retrying={board.isFetching} />;
  } else content = <DeskDay board={board.data} view={view} centreName={props.centreName} onDone={setMessage} />;

  return (
    <div className="stack desk">
      <DeskToolbar {...props} />
      <Paragraph role="status" className="desk__message">
        {message}
      </Paragraph>
      <Heading level={2} data-size="sm">
        {t(`desk.views.${view}`)}
        {view !== "queue" && `, ${formatDay(date, i18n.language)}`}
      </Heading>
      {content}
    </div>
  );
}
