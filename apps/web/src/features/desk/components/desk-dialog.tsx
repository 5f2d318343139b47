import { Dialog, Heading } from "@digdir/designsystemet-react";
import { useEffect, useId, useRef, type ReactNode } from "react";

interface DeskDialogProps {
  heading: string;
  onClose: () => void;
  /** Changing it moves focus to the first field or button again (a new step in the same dialog). */
  step?: string;
  children: ReactNode;
}

/** A modal dialog named by its heading; focus goes to its first field or button, and back when it closes. */
export function DeskDialog({ heading, onClose, step = "", children }: DeskDialogProps) {
  const headingId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    bodyRef.current?.querySelector<HTMLElement>("textarea, input, button")?.focus();
  }, [step]);
  return (
    <Dialog open onClose={onClose} closeButton={false} aria-labelledby={headingId} className="desk-dialog">
      <Dialog.Block>
        <div className="stack" ref={bodyRef}>
          <Heading level={2} data-size="sm" id={headingId}>
            {heading}
          </Heading>
          {children}
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
