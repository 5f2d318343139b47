import { Tag } from "@digdir/designsystemet-react";
import type { BookingStatus } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";

const colours: Record<BookingStatus, "success" | "warning" | "neutral" | "danger"> = {
  requested: "warning",
  confirmed: "success",
  checked_in: "success",
  cancelled: "neutral",
  rejected: "danger",
  released: "neutral",
  bumped: "danger",
};

/** The status in words; the colour only repeats what the words say. */
export function BookingStatusTag({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={colours[status]} data-size="sm">
      {t(`bookingStatus.${status}`)}
    </Tag>
  );
}
