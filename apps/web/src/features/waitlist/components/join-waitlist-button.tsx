import { Button, Paragraph } from "@digdir/designsystemet-react";
import type { CreateBooking } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../../lib/error-message";
import { useJoinWaitlist } from "../api/join-waitlist";

/**
 * "Sett meg på venteliste" for a taken time: sends the same booking to the waitlist (a drop-in window's settings
 * are not queued) and says the place in line.
 */
export function JoinWaitlistButton({ request }: { request: CreateBooking }) {
  const { t } = useTranslation();
  const join = useJoinWaitlist();
  const entry = join.data;
  return (
    <div className="stack">
      <div role="status">
        {entry && (
          <Paragraph>
            {entry.position === null ? t("waitlist.joinedNoPosition") : t("waitlist.joined", { position: entry.position })}
          </Paragraph>
        )}
      </div>
      {join.error !== null && (
        <Paragraph role="alert">
          {t("waitlist.joinFailed")} {errorMessage(t, join.error)}
        </Paragraph>
      )}
      {!entry && (
        <div>
          <Button variant="secondary" data-size="sm" loading={join.isPending} aria-disabled={join.isPending || undefined} onClick={() => {
            if (join.isPending) return;
            const { dropIn: _dropIn, ...booking } = request;
            join.mutate(booking);
          }}>
            {join.isPending ? t("waitlist.joining") : t("waitlist.join")}
          </Button>
        </div>
      )}
    </div>
  );
}
