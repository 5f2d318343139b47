import { Tag } from "@digdir/designsystemet-react";
import type { ProgrammeKind } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";

const colours: Record<ProgrammeKind, "info" | "success" | "warning" | "neutral"> = {
  event: "info",
  drop_in: "success",
  course: "warning",
  activity: "neutral",
};

/** The kind in words; the colour only repeats what the words say. */
export function ProgrammeKindTag({ kind }: { kind: ProgrammeKind }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={colours[kind]} data-size="sm">
      {t(`programme.kind.${kind}`)}
    </Tag>
  );
}
