import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import type { StaffAppointment } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { timeRange } from "../../../lib/skip-reason-text";

/** The day's appointments: time, way to meet, who (name, phone), what and where. */
export function StaffAppointmentTable({ appointments, caption }: { appointments: readonly StaffAppointment[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table zebra border>
      <caption>{caption}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">{t("dropIns.staff.time")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("dropIns.staff.mode")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("dropIns.staff.name")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("dropIns.staff.phone")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("dropIns.staff.what")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("dropIns.staff.room")}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {appointments.map((appointment) => (
          <TableRow key={appointment.id}>
            <TableHeaderCell scope="row">
              <time dateTime={appointment.start}>{timeRange(appointment.start, appointment.end)}</time>
              {appointment.status === "cancelled" && ` (${t("dropIns.staff.cancelled")})`}
            </TableHeaderCell>
            <TableCell>{t(`dropIns.mode.${appointment.mode}`)}</TableCell>
            <TableCell>{appointment.name}</TableCell>
            <TableCell>{appointment.phone ?? t("dropIns.staff.noPhone")}</TableCell>
            <TableCell>{`${appointment.title} (${appointment.service})`}</TableCell>
            <TableCell>{`${appointment.centre.name}, ${appointment.space.name}`}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
