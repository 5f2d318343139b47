import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Space } from "@sambruk/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { equipmentWord } from "../utils/equipment-word";
import { AccessibilityIcon } from "./accessibility-icon";

/** One room: kind, capacity, equipment, accessibility in words (with icons), and how private it is. */
export function SpaceItem({ space }: { space: Space }) {
  const { t } = useTranslation();
  const headingId = useId();
  const equipment = space.equipment.map((item) => equipmentWord(item, t));
  return (
    <article className="space-item" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {space.name}
      </Heading>
      <Paragraph data-size="sm" className="space-item__kind">
        {t(`centres.spaceKind.${space.kind}`)}
      </Paragraph>
      <dl className="space-item__facts">
        <div>
          <dt>{t("centres.capacityLabel")}</dt>
          <dd>{t("centres.capacity", { count: space.capacity })}</dd>
        </div>
        <div>
          <dt>{t("centres.equipmentLabel")}</dt>
          <dd>{equipment.length > 0 ? capitalise(equipment.join(", ")) : t("centres.noEquipment")}</dd>
        </div>
        <div>
          <dt>{t("centres.accessibilityLabel")}</dt>
          <dd>
            {space.accessibility.length > 0 ? (
              <ul className="space-item__features">
                {space.accessibility.map((feature) => (
                  <li key={feature}>
                    <AccessibilityIcon feature={feature} />
                    <span>{t(`centres.feature.${feature}`)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              t("centres.noAccessibility")
            )}
          </dd>
        </div>
        <div>
          <dt>{t("centres.privacyLabel")}</dt>
          <dd>{t(`centres.privacy.${space.privacy}`)}</dd>
        </div>
      </dl>
    </article>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
