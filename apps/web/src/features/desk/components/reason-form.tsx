import { Button, Textfield } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

interface ReasonFormProps {
  label: string;
  description: string;
  requiredMessage: string;
  submitText: string;
  busy: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** A required reason (shown to the booker) and the decision's button; an empty reason is refused with a message. */
export function ReasonForm({ label, description, requiredMessage, submitText, busy, onSubmit, onCancel }: ReasonFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const missing = reason.trim() === "";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!missing) onSubmit(reason.trim());
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Textfield
        label={label}
        description={description}
        multiline
        rows={3}
        maxLength={500}
        required
        value={reason}
        error={tried && missing ? requiredMessage : undefined}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <div className="desk-actions">
        <Button type="submit" loading={busy}>
          {submitText}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("desk.reject.cancel")}
        </Button>
      </div>
    </form>
  );
}
