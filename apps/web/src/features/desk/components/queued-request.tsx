import { Button, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { QueuedRequest } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { findingText } from "../../../lib/finding-text";
import { formatInstant, formatWhen } from "../utils/desk-date";

interface QueuedRequestProps {
  request: QueuedRequest;
  spaceName: string;
  onApprove: () => void;
  onReject: () => void;
  onRequestChange: () => void;
}

/** One waiting request: what, who, when, where, its priority tier, when it was sent, why it waits, and the decision. */
export function QueuedRequestItem({ request, spaceName, onApprove, onReject, onRequestChange }: QueuedRequestProps) {
  const { t, i18n } = useTranslation();
  const title = request.title;
  return (
    <article className="desk-request stack" aria-label={title}>
      <Heading level={4} data-size="2xs">
        {title}
      </Heading>
      <Paragraph data-size="sm">
        {request.organisation.name} · {formatWhen(request.start, request.end, i18n.language)} · {spaceName}
      </Paragraph>
      <Paragraph data-size="sm">
        <Tag data-color="info" data-size="sm">
          <span className="ds-sr-only">{t("desk.queue.priority")}: </span>
          {t(`desk.priority.${request.priority.label}`)}
        </Tag>{" "}
        {t("desk.queue.requestedAt", { time: formatInstant(request.createdAt, i18n.language) })}
      </Paragraph>
      {request.statusReason && <Paragraph data-size="sm">{t("desk.queue.changeAsked", { message: request.statusReason })}</Paragraph>}
      {request.findings.length > 0 && (
        <ul className="desk-request__findings" aria-label={t("desk.queue.findings")}>
          {request.findings.map((finding, index) => (
            <li key={`${finding.code}-${String(index)}`}>{findingText(t, i18n.language, finding)}</li>
          ))}
        </ul>
      )}
      <div className="desk-actions">
        <Button data-size="sm" aria-label={`${t("desk.panel.approve")}: ${title}`} onClick={onApprove}>
          {t("desk.panel.approve")}
        </Button>
        <Button data-size="sm" variant="secondary" aria-label={`${t("desk.panel.reject")}: ${title}`} onClick={onReject}>
          {t("desk.panel.reject")}
        </Button>
        <Button data-size="sm" variant="secondary" aria-label={`${t("desk.panel.requestChange")}: ${title}`} onClick={onRequestChange}>
          {t("desk.panel.requestChange")}
        </Button>
      </div>
    </article>
  );
}
