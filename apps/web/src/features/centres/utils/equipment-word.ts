import type { TFunction } from "i18next";

/** Each item's text key, spelled out: a template key over the whole catalogue is too deep for the type checker. */
const keys = {
  screen: "centres.equipment.screen",
  video_meeting: "centres.equipment.video_meeting",
  whiteboard: "centres.equipment.whiteboard",
  sound_system: "centres.equipment.sound_system",
  projector: "centres.equipment.projector",
  piano: "centres.equipment.piano",
  kitchen: "centres.equipment.kitchen",
  dishwasher: "centres.equipment.dishwasher",
} as const;
type KnownEquipment = keyof typeof keys;

function isKnown(item: string): item is KnownEquipment {
  return Object.hasOwn(keys, item);
}

/** Equipment in words; an item without a translation is shown as written, with spaces for underscores. */
export function equipmentWord(item: string, t: TFunction): string {
  return isKnown(item) ? t(keys[item]) : item.replaceAll("_", " ");
}
