import type { Centre } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { CentreCard } from "./centre-card";

export function CentreList({ centres }: { centres: readonly Centre[] }) {
  const { t } = useTranslation();
  return (
    <ul className="centre-list" aria-label={t("centres.listLabel")}>
      {centres.map((centre) => (
        <li key={centre.id}>
          <CentreCard centre={centre} />
        </li>
      ))}
    </ul>
  );
}
