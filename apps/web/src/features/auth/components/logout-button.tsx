import { Button } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { browserLocation } from "../../../lib/browser-location";
import { errorMessage } from "../../../lib/error-message";
import { useLogout } from "../api/logout";

/** Ends the session, then ends it at the identity provider too when the API says where, else goes home. */
export function LogoutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <>
      <Button
        variant="secondary"
        data-size="sm"
        loading={logout.isPending}
        onClick={() => {
          logout.mutate(undefined, {
            onSuccess: ({ providerLogoutUrl }) => {
              if (providerLogoutUrl) browserLocation.assign(providerLogoutUrl);
              else void navigate("/");
            },
          });
        }}
      >
        {t("auth.logout")}
      </Button>
      {logout.error && (
        <span role="alert" className="account-menu__error">
          {errorMessage(t, logout.error)}
        </span>
      )}
    </>
  );
}
