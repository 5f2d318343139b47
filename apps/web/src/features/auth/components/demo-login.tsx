import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isRetryable } from "../../../lib/api-error";
import { useDemoLogin } from "../api/demo-login";
import { useDemoUsers } from "../api/get-demo-users";
import { DemoUserCard } from "./demo-user-card";

/** The "Demo" section: sign in as one of the seeded people; `onLoggedIn` runs once the session exists. */
export function DemoLogin({ onLoggedIn }: { onLoggedIn: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const users = useDemoUsers(true);
  const login = useDemoLogin();

  return (
    <section aria-labelledby={headingId} className="stack login-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("auth.demoHeading")}
      </Heading>
      <Paragraph>{t("auth.demoIntro")}</Paragraph>
      {login.error && <ErrorState error={login.error} />}
      {users.isPending && <LoadingState />}
      {users.error && (
        <ErrorState
          error={users.error}
          onRetry={isRetryable(users.error) ? () => void users.refetch() : undefined}
          retrying={users.isFetching}
        />
      )}
      {users.data && (
        <ul className="demo-users" aria-label={t("auth.demoUsersLabel")}>
          {users.data.map((user) => (
            <li key={user.id}>
              <DemoUserCard
                user={user}
                loading={login.isPending && login.variables === user.id}
                disabled={login.isPending}
                onLogin={(userId) => {
                  login.mutate(userId, { onSuccess: onLoggedIn });
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
