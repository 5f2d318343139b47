import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { AuthProviders } from "@sambruk/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { providerLoginHref } from "../utils/login-path";

type Provider = AuthProviders["providers"][number];

/** One link per identity provider (a full page navigation), each saying whom it is for. */
export function ProviderList({ providers, returnTo }: { providers: readonly Provider[]; returnTo: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="stack login-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("auth.providersHeading")}
      </Heading>
      {providers.length === 0 ? (
        <Paragraph>{t("auth.noProviders")}</Paragraph>
      ) : (
        <ul className="provider-list" aria-label={t("auth.providersLabel")}>
          {providers.map((provider) => (
            <ProviderItem key={provider.id} provider={provider} returnTo={returnTo} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProviderItem({ provider, returnTo }: { provider: Provider; returnTo: string }) {
  const { t } = useTranslation();
  const descriptionId = useId();
  return (
    <li className="provider-list__item">
      <Button asChild variant="primary">
        <a href={providerLoginHref(provider.loginUrl, returnTo)} aria-describedby={descriptionId}>
          {t("auth.loginWith", { name: provider.name })}
        </a>
      </Button>
      <Paragraph data-size="sm" id={descriptionId}>
        {t(`auth.audience.${provider.audience}`)}
      </Paragraph>
    </li>
  );
}
