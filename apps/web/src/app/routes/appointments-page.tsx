import { Heading, Link, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { TZDate } from "@date-fns/tz";
import { OSLO } from "@sambruk/domain";
import { format } from "date-fns";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useSearchParams } from "react-router";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorState } from "../../components/ui/error-state";
import { LoadingState } from "../../components/ui/loading-state";
import { useMe } from "../../features/auth/api/get-me";
import { loginPath } from "../../features/auth/utils/login-path";
import { useStaffAppointments } from "../../features/drop-ins/api/get-staff-appointments";
import { StaffAppointmentTable } from "../../features/drop-ins/components/staff-appointment-table";
import { APPOINTMENTS_PATH } from "../../features/drop-ins/utils/drop-in-paths";
import { isDateText, osloToday } from "../../features/drop-ins/utils/oslo-day";
import { isRetryable } from "../../lib/api-error";
import { useNow } from "../../lib/clock";
import { dateLocale } from "../../lib/date-locale";
import { useDocumentTitle } from "../../lib/document-title";

/** /timeavtaler?dato=: the staff's appointments of a day (default today in Oslo). Loaded on demand. */
export function Component() {
  const { t } = useTranslation();
  const { data: me, error } = useMe();
  const [params, setParams] = useSearchParams();
  const today = osloToday(useNow());
  const requested = params.get("dato");
  const date = isDateText(requested) ? requested : today;
  // What is typed; the day shown changes once it is a whole date.
  const [text, setText] = useState(date);
  if (!me) {
    return (
      <Frame>
        {me === undefined && !error ? (
          <LoadingState />
        ) : (
          <Paragraph>
            {t("dropIns.staff.signedOut")}{" "}
            <Link asChild>
              <RouterLink to={loginPath(APPOINTMENTS_PATH)}>{t("auth.login")}</RouterLink>
            </Link>
          </Paragraph>
        )}
      </Frame>
    );
  }
  return (
    <Frame>
      <div>
        <Textfield
          label={t("dropIns.staff.date")}
          type="date"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (isDateText(event.target.value)) setParams({ dato: event.target.value }, { replace: true });
          }}
        />
      </div>
      <DayAppointments date={date} />
    </Frame>
  );
}

function DayAppointments({ date }: { date: string }) {
  const { t, i18n } = useTranslation();
  const appointments = useStaffAppointments(date);
  if (appointments.isPending) return <LoadingState />;
  if (appointments.error) {
    const retry = isRetryable(appointments.error) ? () => void appointments.refetch() : undefined;
    return <ErrorState error={appointments.error} onRetry={retry} retrying={appointments.isFetching} />;
  }
  if (appointments.data.length === 0) return <EmptyState message={t("dropIns.staff.empty")} />;
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const caption = t("dropIns.staff.caption", { date: format(new TZDate(year, month - 1, day, OSLO), "PPPP", { locale: dateLocale(i18n.resolvedLanguage) }) });
  return <StaffAppointmentTable appointments={appointments.data} caption={caption} />;
}

function Frame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t("dropIns.staff.title"), t("app.name"));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("dropIns.staff.title")}
      </Heading>
      {children}
    </div>
  );
}
