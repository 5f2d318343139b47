import { Badge, Link } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { useNotifications } from "../api/get-notifications";
import { NOTIFICATIONS_PATH } from "../utils/notifications-path";

/** "Varsler" for the account menu; its name says how many are unread, and a badge shows the number. */
export function NotificationsLink() {
  const { t } = useTranslation();
  const { data } = useNotifications();
  const unread = data?.filter((item) => item.readAt === null).length ?? 0;
  return (
    <Link asChild>
      <RouterLink to={NOTIFICATIONS_PATH} aria-label={unread > 0 ? t("notifications.navUnread", { count: unread }) : undefined}>
        {t("notifications.nav")}
        {unread > 0 && <Badge count={unread} data-color="accent" data-size="sm" className="notifications-link__badge" />}
      </RouterLink>
    </Link>
  );
}
