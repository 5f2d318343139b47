import { Button, Card, Heading } from "@digdir/designsystemet-react";
import type { DemoUser } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";

interface DemoUserCardProps {
  user: DemoUser;
  onLogin: (userId: string) => void;
  /** This user's login is under way. */
  loading: boolean;
  disabled: boolean;
}

/** A demo person: who they are, what they may do, and a button to sign in as them. */
export function DemoUserCard({ user, onLogin, loading, disabled }: DemoUserCardProps) {
  const { t } = useTranslation();
  const none = t("auth.none");
  return (
    <Card data-color="neutral" className="demo-user">
      <Heading level={3} data-size="xs">
        {user.displayName}
      </Heading>
      <dl className="demo-user__facts">
        <div>
          <dt>{t("auth.roles")}</dt>
          <dd>{user.roles.map((role) => t(`roles.${role}`)).join(", ") || none}</dd>
        </div>
        <div>
          <dt>{t("auth.organisations")}</dt>
          <dd>{user.organisations.join(", ") || none}</dd>
        </div>
        {user.frontDeskCentres.length > 0 && (
          <div>
            <dt>{t("auth.frontDesk")}</dt>
            <dd>{user.frontDeskCentres.join(", ")}</dd>
          </div>
        )}
      </dl>
      <Button
        variant="secondary"
        loading={loading}
        disabled={disabled}
        onClick={() => {
          onLogin(user.id);
        }}
      >
        {t("auth.loginAs", { name: user.displayName })}
      </Button>
    </Card>
  );
}
