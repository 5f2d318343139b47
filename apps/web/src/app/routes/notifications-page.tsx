import { Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { LoadingState } from "../../components/ui/loading-state";
import { PageFrame } from "../../components/ui/page-frame";
import { useMe } from "../../features/auth/api/get-me";
import { loginPath } from "../../features/auth/utils/login-path";
import { NotificationList } from "../../features/notifications/components/notification-list";
import { NOTIFICATIONS_PATH } from "../../features/notifications/utils/notifications-path";

/** /varsler: what happened to the signed-in user's bookings, newest first. Loaded on demand. */
export function Component() {
  const { t } = useTranslation();
  const { data: me, error } = useMe();
  let content;
  if (me) content = <NotificationList />;
  else if (me === undefined && !error) content = <LoadingState />;
  else {
    content = (
      <Paragraph>
        {t("notifications.signedOut")}{" "}
        <Link asChild>
          <RouterLink to={loginPath(NOTIFICATIONS_PATH)}>{t("auth.login")}</RouterLink>
        </Link>
      </Paragraph>
    );
  }
  return <PageFrame title={t("notifications.title")}>{content}</PageFrame>;
}
