import type { useTranslation } from "react-i18next";

type T = ReturnType<typeof useTranslation>["t"];

const known = ["screen", "video_meeting", "whiteboard", "sound_system", "projector", "piano", "kitchen", "dishwasher"] as const;
type KnownEquipment = (typeof known)[number];

function isKnown(item: string): item is KnownEquipment {
  return (known as readonly string[]).includes(item);
}

/** Equipment in words; an item without a translation is shown as written, with spaces for underscores. */
export function equipmentWord(item: string, t: T): string {
  return isKnown(item) ? t(`centres.equipment.${item}`) : item.replaceAll("_", " ");
}
