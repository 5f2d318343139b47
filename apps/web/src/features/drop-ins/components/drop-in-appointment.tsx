import { Paragraph } from "@digdir/designsystemet-react";
import type { AppointmentReceipt as Receipt, DropIn, Me } from "@sambruk/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AppointmentForm } from "./appointment-form";
import { AppointmentReceipt } from "./appointment-receipt";
import { DropInDetails } from "./drop-in-details";

/** The window, then the form to take one of its appointments, then the receipt. */
export function DropInAppointment({ dropIn, me }: { dropIn: DropIn; me: Me | null }) {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const { appointments } = dropIn;
  return (
    <>
      <DropInDetails dropIn={dropIn} />
      {receipt ? (
        <AppointmentReceipt receipt={receipt} />
      ) : appointments ? (
        <AppointmentForm dropIn={{ ...dropIn, appointments }} me={me} onTaken={setReceipt} />
      ) : (
        <Paragraph>{t("dropIns.page.noAppointments")}</Paragraph>
      )}
    </>
  );
}
