import type { DropIn } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { dateLocale } from "../../../lib/date-locale";
import { isLanguage } from "../../../lib/i18n/languages";
import { formatSlot } from "../utils/format-slot";

/** Who, what, where (or "ask at the front desk" for a discreet service) with the room's accessibility, and when. */
export function DropInDetails({ dropIn }: { dropIn: DropIn }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const { space } = dropIn;
  const access = space
    ? [
        space.accessibility.stepFree && t("programme.access.stepFree"),
        space.accessibility.hearingLoop && t("programme.access.hearingLoop"),
        space.accessibility.accessibleWc && t("programme.access.accessibleWc"),
      ].filter((word) => typeof word === "string")
    : [];
  return (
    <dl className="booking-item__facts">
      <div>
        <dt>{t("dropIns.page.service")}</dt>
        <dd>{dropIn.service}</dd>
      </div>
      <div>
        <dt>{t("dropIns.page.what")}</dt>
        <dd>{dropIn.activityType.name[language]}</dd>
      </div>
      <div>
        <dt>{t("dropIns.page.where")}</dt>
        <dd>
          {dropIn.centre.name}, {space ? space.name : t("programme.askFrontDesk")}
        </dd>
      </div>
      <div>
        <dt>{t("dropIns.page.accessibility")}</dt>
        <dd>{space ? (access.length > 0 ? access.join(", ") : t("programme.noAccessInfo")) : t("programme.accessUnknown")}</dd>
      </div>
      <div>
        <dt>{t("dropIns.page.when")}</dt>
        <dd>
          <time dateTime={dropIn.start}>{formatSlot(dropIn.start, dropIn.end, dateLocale(language))}</time>
        </dd>
      </div>
    </dl>
  );
}
