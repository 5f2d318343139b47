import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { ErrorCode } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";

/** What the sign-in callback reported (`?feil=<code>`); an unknown code reads as a failed login. */
export function LoginFailedAlert({ code }: { code: string }) {
  const { t } = useTranslation();
  const known = ErrorCode.safeParse(code);
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {t("auth.loginFailedTitle")}
      </Heading>
      <Paragraph>{t(`errors.code.${known.success ? known.data : "login_failed"}`)}</Paragraph>
    </Alert>
  );
}
