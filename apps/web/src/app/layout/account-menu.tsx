import { Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useLocation } from "react-router";
import { useMe } from "../../features/auth/api/get-me";
import { ActingForSelect } from "../../features/auth/components/acting-for-select";
import { LogoutButton } from "../../features/auth/components/logout-button";
import { LOGIN_PATH, loginPath } from "../../features/auth/utils/login-path";
import { DESK_PATH } from "../../features/desk/utils/desk-path";
import { APPOINTMENTS_PATH } from "../../features/drop-ins/utils/drop-in-paths";
import { MY_BOOKINGS_PATH } from "../../features/my-bookings/utils/my-bookings-path";
import { NotificationsLink } from "../../features/notifications/components/notifications-link";

/** Signed out: a link to log in (coming back here). Signed in: who, for whom, their bookings, notifications and appointments, log out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const location = useLocation();

  if (isPending) return null;
  if (!me) {
    if (location.pathname === LOGIN_PATH) return null;
    return (
      <Link asChild className="account-menu__login">
        <RouterLink to={loginPath(`${location.pathname}${location.search}`)}>{t("auth.login")}</RouterLink>
      </Link>
    );
  }

  return (
    <section aria-label={t("auth.accountLabel")} className="account-menu">
      <Paragraph data-size="sm" className="account-menu__user">
        <span className="ds-sr-only">{t("auth.signedInUser")} </span>
        <strong>{me.user.displayName}</strong>
      </Paragraph>
      <ActingForSelect me={me} />
      <Link asChild>
        <RouterLink to={MY_BOOKINGS_PATH}>{t("nav.myBookings")}</RouterLink>
      </Link>
      <NotificationsLink />
      {/* Staff of a service (any organisation) meet the residents who took their drop-in appointments. */}
      {me.memberships.length > 0 && (
        <Link asChild>
          <RouterLink to={APPOINTMENTS_PATH}>{t("dropIns.staff.nav")}</RouterLink>
        </Link>
      )}
      {/* The front desk of the centres the user hosts; an admin may work at every desk. */}
      {(me.frontDeskCentres.length > 0 || me.roles.includes("admin")) && (
        <Link asChild>
          <RouterLink to={DESK_PATH}>{t("desk.nav")}</RouterLink>
        </Link>
      )}
      <LogoutButton />
    </section>
  );
}
