import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { BlockResult, CreateBlock } from "@sambruk/contracts";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isRetryable } from "../../../lib/api-error";
import { errorMessage } from "../../../lib/error-message";
import { useCreateBlock } from "../api/create-block";
import { useSpaces } from "../../../lib/queries/spaces";
import { blockErrorsOf, blockRequestOf, initialBlockValues, type BlockValues } from "../utils/block-values";
import { formatSpan } from "../utils/oslo-time";
import { BlockFields } from "./block-fields";
import { BlockHits } from "./block-hits";
import type { DeskFormProps } from "./desk-booking-form";

/** "Blokker": see which bookings a closure hits (a dry run), choose which to cancel with notice, then block. */
export function BlockForm({ centreId, date, onSaved }: DeskFormProps) {
  const { t, i18n } = useTranslation();
  const spaces = useSpaces(centreId);
  const preview = useCreateBlock();
  const create = useCreateBlock();
  const [values, setValues] = useState<BlockValues>(() => initialBlockValues(date));
  const [attempted, setAttempted] = useState(false);
  const [previewed, setPreviewed] = useState<{ request: CreateBlock; hits: BlockResult["hits"] } | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState<BlockResult | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const change = (patch: Partial<BlockValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    // What the dry run showed no longer holds.
    setPreviewed(null);
    create.reset();
  };
  const runPreview = () => {
    if (preview.isPending) return;
    setAttempted(true);
    const request = blockRequestOf(values, centreId);
    if (request === null) {
      window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    preview.mutate({ ...request, dryRun: true }, {
      onSuccess: (result) => {
        setPreviewed({ request, hits: result.hits });
        setSelected(new Set());
      },
    });
  };
  const block = () => {
    if (!previewed || create.isPending) return;
    const cancel = previewed.hits.filter((hit) => selected.has(hit.id)).map((hit) => hit.id);
    create.mutate({ ...previewed.request, cancel }, {
      onSuccess: (result) => {
        setDone(result);
        onSaved?.();
      },
    });
  };
  const startNew = () => {
    setValues(initialBlockValues(date));
    setAttempted(false);
    setPreviewed(null);
    setDone(null);
  };

  if (spaces.error) return <ErrorState error={spaces.error} {...(isRetryable(spaces.error) ? { onRetry: () => void spaces.refetch() } : {})} />;
  if (!spaces.data) return <LoadingState label={t("deskForms.loading")} />;

  if (done?.block) {
    const where = spaces.data.find((space) => space.id === done.block?.spaceId)?.name ?? t("deskForms.block.wholeCentre");
    return (
      <div className="stack">
        <Alert data-color="success">
          <Heading level={3} data-size="xs" ref={doneRef} tabIndex={-1}>
            {t("deskForms.block.doneHeading")}
          </Heading>
          <Paragraph>{t("deskForms.block.doneText", { where, when: formatSpan(done.block.start, done.block.end, i18n.language) })}</Paragraph>
          {done.cancelled.length > 0 && <Paragraph>{t("deskForms.block.doneCancelled", { count: done.cancelled.length })}</Paragraph>}
          {done.hits.length > 0 && <Paragraph>{t("deskForms.block.doneKept", { count: done.hits.length })}</Paragraph>}
        </Alert>
        <div>
          <Button variant="secondary" onClick={startNew}>
            {t("deskForms.block.newBlock")}
          </Button>
        </div>
      </div>
    );
  }
  const failure = preview.error ?? create.error;
  return (
    <div className="stack" ref={formRef}>
      {failure && (
        <Alert data-color="danger" role="alert">
          <Heading level={3} data-size="xs">
            {t("deskForms.block.errorHeading")}
          </Heading>
          <Paragraph>{errorMessage(t, failure)}</Paragraph>
          <Paragraph>{t("deskForms.kept")}</Paragraph>
        </Alert>
      )}
      <BlockFields values={values} errors={attempted ? blockErrorsOf(values) : {}} spaces={spaces.data} previewing={preview.isPending} onChange={change} onPreview={runPreview}>
        {previewed && (
          <BlockHits
            hits={previewed.hits}
            spaces={spaces.data}
            selected={selected}
            submitting={create.isPending}
            onSubmit={block}
            onToggle={(id, cancel) => {
              setSelected((current) => {
                const next = new Set(current);
                if (cancel) next.add(id);
                else next.delete(id);
                return next;
              });
            }}
          />
        )}
      </BlockFields>
    </div>
  );
}
