import { Button, Checkbox, Field, Fieldset, Label, Select, Textfield } from "@digdir/designsystemet-react";
import { formatWallTime, parseWallTime } from "@sambruk/domain";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ACCESSIBILITY, DURATIONS, EQUIPMENT, type FindRoomFilters } from "../utils/filters";

export interface CentreOption {
  id: string;
  name: string;
}

interface FindRoomFiltersProps {
  centres: readonly CentreOption[];
  initial: FindRoomFilters;
  onSearch: (filters: FindRoomFilters) => void;
}

/** Every half hour from 06:00 to 24:00, the choices for the day's window. */
const TIMES = Array.from({ length: 37 }, (_, index) => formatWallTime(360 + index * 30));

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

/** The search form: every control labelled; the search is applied (and put in the address) on submit. */
export function FindRoomFiltersForm({ centres, initial, onSearch }: FindRoomFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const ids = { centre: useId(), from: useId(), to: useId(), duration: useId() };
  const times = TIMES.includes(draft.from) && TIMES.includes(draft.to) ? TIMES : [...new Set([draft.from, draft.to, ...TIMES])].sort();

  const update = (patch: Partial<FindRoomFilters>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if ((parseWallTime(draft.from) ?? 0) >= (parseWallTime(draft.to) ?? 0)) {
      setError(t("findRoom.timeOrder"));
      return;
    }
    setError(null);
    // After the submit event: a navigation started inside it runs as a transition, and React then builds a
    // FormData of the form (as for a form action), which jsdom's form cannot feed to Node's FormData.
    queueMicrotask(() => {
      onSearch(draft);
    });
  };
  const durationText = (minutes: number) =>
    minutes < 60 ? t("findRoom.minutes", { count: minutes }) : minutes === 60 ? t("findRoom.oneHour") : t("findRoom.hours", { hours: String(minutes / 60).replace(".", ",") });

  return (
    <form className="find-room__filters" aria-label={t("findRoom.filters")} onSubmit={submit} noValidate>
      <Field>
        <Label htmlFor={ids.centre}>{t("findRoom.centre")}</Label>
        <Select id={ids.centre} value={draft.centreId ?? ""} onChange={(event) => { update({ centreId: event.target.value || null }); }}>
          <option value="">{t("findRoom.allCentres")}</option>
          {centres.map((centre) => (
            <option key={centre.id} value={centre.id}>
              {centre.name}
            </option>
          ))}
        </Select>
      </Field>
      <Textfield
        label={t("findRoom.date")}
        type="date"
        value={draft.date}
        required
        onChange={(event) => { if (event.target.value) update({ date: event.target.value }); }}
      />
      <Field>
        <Label htmlFor={ids.from}>{t("findRoom.from")}</Label>
        <Select id={ids.from} value={draft.from} onChange={(event) => { update({ from: event.target.value }); }}>
          {times.slice(0, -1).map((time) => <option key={time} value={time}>{time}</option>)}
        </Select>
      </Field>
      <Field>
        <Label htmlFor={ids.to}>{t("findRoom.to")}</Label>
        <Select id={ids.to} value={draft.to} onChange={(event) => { update({ to: event.target.value }); }}>
          {times.slice(1).map((time) => <option key={time} value={time}>{time}</option>)}
        </Select>
      </Field>
      <Field>
        <Label htmlFor={ids.duration}>{t("findRoom.duration")}</Label>
        <Select
          id={ids.duration}
          value={String(draft.durationMinutes)}
          onChange={(event) => { update({ durationMinutes: Number(event.target.value) }); }}
        >
          {[...new Set([...DURATIONS, draft.durationMinutes])].sort((a, b) => a - b).map((minutes) => (
            <option key={minutes} value={String(minutes)}>{durationText(minutes)}</option>
          ))}
        </Select>
      </Field>
      <Textfield
        label={t("findRoom.attendees")}
        type="number"
        inputMode="numeric"
        min={1}
        value={draft.attendees === null ? "" : String(draft.attendees)}
        onChange={(event) => {
          const value = Number.parseInt(event.target.value, 10);
          update({ attendees: Number.isInteger(value) && value > 0 ? value : null });
        }}
      />
      <Fieldset>
        <Fieldset.Legend>{t("findRoom.equipment")}</Fieldset.Legend>
        <div className="find-room__checks">
          {EQUIPMENT.map((item) => (
            <Checkbox
              key={item}
              label={t(`findRoom.equipmentName.${item}`)}
              value={item}
              checked={draft.equipment.includes(item)}
              onChange={(event) => { update({ equipment: toggle(draft.equipment, item, event.target.checked) }); }}
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t("findRoom.accessibility")}</Fieldset.Legend>
        <div className="find-room__checks">
          {ACCESSIBILITY.map((feature) => (
            <Checkbox
              key={feature}
              label={t(`findRoom.accessibilityName.${feature}`)}
              value={feature}
              checked={draft.accessibility.includes(feature)}
              onChange={(event) => { update({ accessibility: toggle(draft.accessibility, feature, event.target.checked) }); }}
            />
          ))}
        </div>
      </Fieldset>
      {error && <p role="alert" className="find-room__error">{error}</p>}
      <div>
        <Button type="submit">{t("findRoom.search")}</Button>
      </div>
    </form>
  );
}
