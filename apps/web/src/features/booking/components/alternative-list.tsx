import { Button, List } from "@digdir/designsystemet-react";
import type { Alternative } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { formatWhen } from "../utils/format-when";

interface AlternativeListProps {
  alternatives: readonly Alternative[];
  onTake: (alternative: Alternative) => void;
  label: string;
}

/** Free times nearby, each taken with one click (the form gets its space and time and is checked again). */
export function AlternativeList({ alternatives, onTake, label }: AlternativeListProps) {
  const { t, i18n } = useTranslation();
  return (
    <List.Unordered aria-label={label} className="booking-alternatives">
      {alternatives.map((alternative) => {
        const when = formatWhen(alternative.start, alternative.end, i18n.language);
        const where = t(`bookingForm.alternative.${alternative.kind}`);
        return (
          <List.Item key={`${alternative.spaceId}-${alternative.start}`}>
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => {
                onTake(alternative);
              }}
            >
              {t("bookingForm.alternative.take", { when, where })}
            </Button>
          </List.Item>
        );
      })}
    </List.Unordered>
  );
}
