import { Heading } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isRetryable } from "../../../lib/api-error";
import { useSpaces } from "../../../lib/queries/spaces";
import { AccessibilitySummary } from "./accessibility-summary";
import { SpaceItem } from "./space-item";
import "./centre-spaces.css";

/** The centre's accessibility in short, then each of its rooms; with their own loading and error states. */
export function CentreSpaces({ centreId }: { centreId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const spaces = useSpaces(centreId);

  let body;
  if (spaces.isPending) body = <LoadingState />;
  else if (spaces.error) {
    const retry = isRetryable(spaces.error) ? () => void spaces.refetch() : undefined;
    body = <ErrorState error={spaces.error} onRetry={retry} retrying={spaces.isFetching} />;
  } else if (spaces.data.length === 0) body = <EmptyState message={t("centres.spacesEmpty")} />;
  else {
    body = (
      <ul className="space-list">
        {spaces.data.map((space) => (
          <li key={space.id}>
            <SpaceItem space={space} />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <>
      {spaces.data && spaces.data.length > 0 && <AccessibilitySummary spaces={spaces.data} />}
      <section aria-labelledby={headingId} className="centre-spaces">
        <Heading level={2} data-size="sm" id={headingId}>
          {t("centres.spacesHeading")}
        </Heading>
        {body}
      </section>
    </>
  );
}
