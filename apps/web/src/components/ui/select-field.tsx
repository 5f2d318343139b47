import { Field, Label, Select, ValidationMessage } from "@digdir/designsystemet-react";
import { useId, type ReactNode } from "react";

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  children: ReactNode;
}

/** A labelled select; its error message marks it invalid and is tied to it by Designsystemet's Field (aria-describedby). */
export function SelectField({ label, value, onChange, error, children }: SelectFieldProps) {
  const id = useId();
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {children}
      </Select>
      {/* Field ties the message to the select (aria-describedby) as it appears. */}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
