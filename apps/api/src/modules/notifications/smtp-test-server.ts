// For tests: a real SMTP server (smtp-server) on a free local port that keeps every message it receives, can
// go down and come back on the same port, and a small MIME reader for what nodemailer sends.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  raw: string;
  headers: Map<string, string>;
  subject: string;
  messageId: string;
  text: string;
  /** Attachments by content type (without parameters), decoded. */
  attachments: { contentType: string; filename: string | null; content: string }[];
}

export interface SmtpTestServer {
  url: string;
  received: ReceivedMail[];
  /** Stops accepting connections (the port refuses) until `up()`. */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

function newServer(received: ReceivedMail[]): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push(parseMail(Buffer.concat(chunks).toString("utf8")));
        callback();
      });
    },
  });
}

const listen = (server: SMTPServer, port: number) =>
  new Promise<number>((resolve, reject) => {
    const net = server.listen(port, "127.0.0.1", () => resolve((net.address() as AddressInfo).port));
    net.once("error", reject);
  });

/** On `port`, or a free one when 0. */
export async function startSmtpTestServer(requestedPort = 0): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  let server: SMTPServer | null = newServer(received);
  const port = await listen(server, requestedPort);
  const stop = async () => {
    const current = server;
    server = null;
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
  };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    down: stop,
    async up() {
      if (server) return;
      server = newServer(received);
      await listen(server, port);
    },
    close: stop,
  };
}

// --- A MIME reader just large enough for nodemailer's output ---

function splitHeaders(part: string): { headers: Map<string, string>; body: string } {
  const at = part.indexOf("\r\n\r\n");
  const head = at < 0 ? part : part.slice(0, at);
  const body = at < 0 ? "" : part.slice(at + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r\n/g, "");
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i] ?? "", "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding?.toLowerCase() === "quoted-printable") return decodeQuotedPrintable(body);
  return body;
}

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_whole, mode: string, text: string) =>
      mode.toLowerCase() === "b" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

function leaves(part: string): { headers: Map<string, string>; body: string }[] {
  const parsed = splitHeaders(part);
  const boundary = /boundary="?([^";]+)"?/i.exec(parsed.headers.get("content-type") ?? "")?.[1];
  if (!boundary) return [parsed];
  return parsed.body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith("--"))
    .flatMap((chunk) => leaves(chunk.replace(/^\r\n/, "")));
}

export function parseMail(raw: string): ReceivedMail {
  const { headers } = splitHeaders(raw);
  const parts = leaves(raw).map(({ headers: partHeaders, body }) => ({
    contentType: (partHeaders.get("content-type") ?? "text/plain").split(";")[0]?.trim().toLowerCase() ?? "text/plain",
    filename: /filename="?([^";]+)"?/i.exec(partHeaders.get("content-disposition") ?? "")?.[1] ?? null,
    attachment: (partHeaders.get("content-disposition") ?? "").startsWith("attachment"),
    content: decodeBody(body, partHeaders.get("content-transfer-encoding")),
  }));
  return {
    raw,
    headers,
    subject: decodeWords(headers.get("subject") ?? ""),
    messageId: headers.get("message-id") ?? "",
    text: parts.find((part) => part.contentType === "text/plain" && !part.attachment)?.content ?? "",
    attachments: parts.filter((part) => part.attachment).map(({ contentType, filename, content }) => ({ contentType, filename, content })),
  };
}
