import type { TFunction } from "i18next";
import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { ProgrammeItem as Item } from "@sambruk/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { dateLocale } from "../../../lib/date-locale";
import { defaultLanguage, isLanguage } from "../../../lib/i18n/languages";
import { formatProgrammeTime } from "../utils/format-programme-time";
import { ProgrammeKindTag } from "./programme-kind-tag";

interface ProgrammeItemProps {
  item: Item;
  headingLevel: 3 | 4;
  /** Drop-in hours with appointments: where to take one. */
  appointmentHref?: string | undefined;
}

/** One item: time, title, kind in words, activity, where (or "ask at the front desk"), access, organiser. */
export function ProgrammeItem({ item, headingLevel, appointmentHref }: ProgrammeItemProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  const headingId = useId();
  const when = formatProgrammeTime(item.start, item.end, dateLocale(language));
  const audiences = item.audiences.map((audience) => t(`programme.audiences.${audience}`));

  return (
    <article className="programme-item" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {item.title}
      </Heading>
      <ProgrammeKindTag kind={item.kind} />
      <dl className="programme-item__facts">
        <div>
          <dt>{t("programme.time")}</dt>
          <dd>
            <time dateTime={item.start}>{when}</time>
          </dd>
        </div>
        <div>
          <dt>{t("programme.activity")}</dt>
          <dd>{item.activityType.name[language]}</dd>
        </div>
        <div>
          <dt>{t("programme.where")}</dt>
          <dd>
            {item.centre.name}, {item.space ? item.space.name : t("programme.askFrontDesk")}
          </dd>
        </div>
        <div>
          <dt>{t("programme.roomAccessibility")}</dt>
          <dd>{capitalise(accessibilityWords(item, t))}</dd>
        </div>
        <div>
          <dt>{t("programme.organiser")}</dt>
          <dd>{item.organiser ?? t("programme.privateOrganiser")}</dd>
        </div>
        <div>
          <dt>{t("programme.forWhom")}</dt>
          <dd>{capitalise(new Intl.ListFormat(language, { type: "conjunction" }).format(audiences))}</dd>
        </div>
      </dl>
      {appointmentHref && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={appointmentHref} aria-label={t("dropIns.page.bookLinkLabel", { title: item.title })}>
              {t("dropIns.page.bookLink")}
            </RouterLink>
          </Link>
        </Paragraph>
      )}
    </article>
  );
}

type T = TFunction;

function accessibilityWords(item: Item, t: T): string {
  if (!item.space) return t("programme.accessUnknown");
  const { stepFree, hearingLoop, accessibleWc } = item.space.accessibility;
  const words = [
    stepFree && t("programme.access.stepFree"),
    hearingLoop && t("programme.access.hearingLoop"),
    accessibleWc && t("programme.access.accessibleWc"),
  ].filter((word) => typeof word === "string");
  return words.length > 0 ? words.join(", ") : t("programme.noAccessInfo");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
