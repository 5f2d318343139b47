import { Tag } from "@digdir/designsystemet-react";
import type { WaitlistStatus } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";

const colours: Record<WaitlistStatus, "success" | "warning" | "neutral" | "info"> = {
  waiting: "info",
  offered: "warning",
  accepted: "success",
  declined: "neutral",
  expired: "neutral",
  left: "neutral",
};

/** The entry's status in words; the colour only repeats what the words say. */
export function WaitlistStatusTag({ status }: { status: WaitlistStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={colours[status]} data-size="sm">
      {t(`waitlist.statuses.${status}`)}
    </Tag>
  );
}
