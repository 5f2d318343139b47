import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../lib/error-message";

interface ErrorStateProps {
  error: unknown;
  /** Offered as a "try again" button; leave out when a retry cannot help (a 404, say). */
  onRetry?: () => void;
  /** Shows the retry button as busy while the new attempt runs. */
  retrying?: boolean;
  children?: ReactNode;
}

/** Says what went wrong in the user's language, with a way forward. */
export function ErrorState({ error, onRetry, retrying = false, children }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" role="alert" className="state state--error">
      <Heading level={2} data-size="xs">
        {t("status.errorTitle")}
      </Heading>
      <Paragraph>{errorMessage(t, error)}</Paragraph>
      {onRetry && (
        <Button variant="primary" data-color="accent" onClick={onRetry} loading={retrying}>
          {t("status.retry")}
        </Button>
      )}
      {children}
    </Alert>
  );
}
