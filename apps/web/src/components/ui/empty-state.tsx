import { Paragraph } from "@digdir/designsystemet-react";

export function EmptyState({ message }: { message: string }) {
  return (
    <div className="state state--empty">
      <Paragraph>{message}</Paragraph>
    </div>
  );
}
