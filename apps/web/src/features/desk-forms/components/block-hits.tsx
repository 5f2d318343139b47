import { Button, Checkbox, Fieldset, Paragraph } from "@digdir/designsystemet-react";
import type { DeskBooking, Space } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { formatSpan } from "../utils/oslo-time";

interface BlockHitsProps {
  hits: readonly DeskBooking[];
  spaces: readonly Space[];
  /** The ids of the hits to cancel with notice. */
  selected: ReadonlySet<string>;
  onToggle: (id: string, cancel: boolean) => void;
  submitting: boolean;
  onSubmit: () => void;
}

/** The bookings the block would hit, each with "Avlys med varsel", and "Blokker". */
export function BlockHits({ hits, spaces, selected, onToggle, submitting, onSubmit }: BlockHitsProps) {
  const { t, i18n } = useTranslation();
  const spaceName = (id: string) => spaces.find((space) => space.id === id)?.name ?? "";
  return (
    <div className="stack">
      {hits.length === 0 ? (
        <Paragraph role="status">{t("deskForms.block.hitsNone")}</Paragraph>
      ) : (
        <Fieldset>
          <Fieldset.Legend>{t("deskForms.block.hitsHeading")}</Fieldset.Legend>
          <Fieldset.Description>{t("deskForms.block.hitsIntro")}</Fieldset.Description>
          {hits.map((hit) => (
            <Checkbox
              key={hit.id}
              label={t("deskForms.block.cancelWithNotice")}
              description={t("deskForms.block.hitItem", {
                title: hit.title,
                organisation: hit.organisation.name,
                when: formatSpan(hit.start, hit.end, i18n.language),
                space: spaceName(hit.spaceId),
              })}
              value={hit.id}
              checked={selected.has(hit.id)}
              onChange={(event) => {
                onToggle(hit.id, event.target.checked);
              }}
            />
          ))}
        </Fieldset>
      )}
      <div>
        <Button type="button" loading={submitting} aria-disabled={submitting || undefined} onClick={onSubmit}>
          {t(submitting ? "deskForms.block.submitting" : "deskForms.block.submit")}
        </Button>
      </div>
    </div>
  );
}
