import { Button, Field, Label, Paragraph, Select, Textfield, ToggleGroup } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { isDateText, shiftDay } from "../utils/desk-date";

export const DESK_VIEWS = ["board", "list", "queue", "newBooking", "block"] as const;
export type DeskViewName = (typeof DESK_VIEWS)[number];

interface DeskToolbarProps {
  centres: readonly { id: string; name: string }[];
  centreId: string;
  date: string;
  today: string;
  view: DeskViewName;
  onChange: (next: { centreId?: string; date?: string; view?: DeskViewName }) => void;
}

/** The centre, the day (previous, next, "I dag" or any date) and the view. */
export function DeskToolbar({ centres, centreId, date, today, view, onChange }: DeskToolbarProps) {
  const { t } = useTranslation();
  const centreFieldId = useId();
  return (
    <div className="desk-toolbar">
      {centres.length === 1 && (
        <Paragraph>
          {t("desk.centre")}: <strong>{centres[0]?.name}</strong>
        </Paragraph>
      )}
      {centres.length > 1 && (
        <Field>
          <Label htmlFor={centreFieldId}>{t("desk.centre")}</Label>
          <Select id={centreFieldId} width="auto" value={centreId} onChange={(event) => { onChange({ centreId: event.target.value }); }}>
            {centres.map((centre) => (
              <option key={centre.id} value={centre.id}>
                {centre.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className="desk-toolbar__day" role="group" aria-label={t("desk.day")}>
        <Button variant="secondary" data-size="sm" onClick={() => { onChange({ date: shiftDay(date, -1) }); }}>
          <span aria-hidden="true">←</span> {t("desk.previousDay")}
        </Button>
        <Textfield
          label={t("desk.day")}
          type="date"
          data-size="sm"
          value={date}
          onChange={(event) => {
            if (isDateText(event.target.value)) onChange({ date: event.target.value });
          }}
        />
        <Button variant="secondary" data-size="sm" onClick={() => { onChange({ date: shiftDay(date, 1) }); }}>
          {t("desk.nextDay")} <span aria-hidden="true">→</span>
        </Button>
        <Button variant="tertiary" data-size="sm" disabled={date === today} onClick={() => { onChange({ date: today }); }}>
          {t("desk.today")}
        </Button>
      </div>
      <ToggleGroup aria-label={t("desk.view")} value={view} data-size="sm" onChange={(next) => { onChange({ view: DESK_VIEWS.find((name) => name === next) ?? "board" }); }}>
        {DESK_VIEWS.map((name) => (
          <ToggleGroup.Item key={name} value={name}>
            {t(`desk.views.${name}`)}
          </ToggleGroup.Item>
        ))}
      </ToggleGroup>
    </div>
  );
}
