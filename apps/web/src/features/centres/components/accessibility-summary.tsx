import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { AccessibilityFeature, type Space } from "@sambruk/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { AccessibilityIcon } from "./accessibility-icon";

/** For each accessibility feature, which of the centre's rooms have it: all, none, or their names. */
export function AccessibilitySummary({ spaces }: { spaces: readonly Space[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const list = new Intl.ListFormat(i18n.resolvedLanguage ?? "nb", { type: "conjunction" });
  const rooms = (feature: Space["accessibility"][number]) => {
    const having = spaces.filter((space) => space.accessibility.includes(feature));
    if (having.length === 0) return t("centres.accessNone");
    if (having.length === spaces.length) return t("centres.accessAll");
    return list.format(having.map((space) => space.name));
  };

  return (
    <section aria-labelledby={headingId} className="centre-details__section">
      <Heading level={2} data-size="xs" id={headingId}>
        {t("centres.accessHeading")}
      </Heading>
      <Paragraph data-size="sm">{t("centres.accessIntro")}</Paragraph>
      <ul className="accessibility-summary">
        {AccessibilityFeature.options.map((feature) => (
          <li key={feature}>
            <AccessibilityIcon feature={feature} />
            <span>{t("centres.accessIn", { feature: t(`centres.feature.${feature}`), spaces: rooms(feature) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
