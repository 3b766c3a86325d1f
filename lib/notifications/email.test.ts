import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createMailer, notificationEmail } from "./email";

/**
 * The mailer against nodemailer 10 (ESM, its own types): SMTP_URL goes straight to
 * createTransport, and a message reaches an SMTP server. The server here speaks just enough
 * SMTP (no STARTTLS offered, so nodemailer sends in plain text on loopback) and records the
 * envelope and the message.
 */
type Received = { from: string; to: string[]; data: string };
const REPLY: Record<string, string> = {
  EHLO: "250-fake.smtp\r\n250 8BITMIME\r\n",
  HELO: "250 fake.smtp\r\n",
  DATA: "354 go ahead\r\n",
};

function fakeSmtp(): Promise<{ server: Server; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((socket) => {
    let buffer = "";
    let inData = false;
    let mail: Received = { from: "", to: [], data: "" };
    socket.write("220 fake.smtp ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(mail);
          mail = { from: "", to: [], data: "" };
          socket.write("250 2.0.0 queued\r\n");
          continue;
        }
        const nl = buffer.indexOf("\r\n");
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "MAIL") mail.from = line;
        if (verb === "RCPT") mail.to.push(line);
        if (verb === "DATA") inData = true;
        if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write(REPLY[verb] ?? "250 ok\r\n");
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, port: (server.address() as { port: number }).port, received }),
    ),
  );
}

let server: Server | null = null;
afterEach(() => {
  server?.close();
  server = null;
});

const mail = notificationEmail(
  {
    id: "n1",
    title: "Review opened: L4",
    body: "A review of Frame defects is open.",
    url: "/reviews/r1",
    email: "lena@example.org",
    name: 'Lena "L" Okafor',
  },
  "https://mltrl.example.org",
);

describe("createMailer", () => {
  it("sends through the SMTP server of SMTP_URL, with the notification's Message-ID", async () => {
    const smtp = await fakeSmtp();
    server = smtp.server;
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      from: "MLTRL <mltrl@example.org>",
      log: () => {},
    });
    expect(mailer.kind).toBe("smtp");
    await mailer.send(mail);
    mailer.close();
    expect(smtp.received).toHaveLength(1);
    const [got] = smtp.received;
    expect(got!.from).toBe("MAIL FROM:<mltrl@example.org>");
    expect(got!.to).toEqual(["RCPT TO:<lena@example.org>"]);
    expect(got!.data).toContain("Message-ID: <notification-n1@mltrl>");
    expect(got!.data).toContain("Subject: Review opened: L4");
    expect(got!.data).toContain("Open it: https://mltrl.example.org/reviews/r1");
  });

  it("logs instead of sending when there is no SMTP_URL", async () => {
    const lines: string[] = [];
    const mailer = createMailer({ smtpUrl: "", log: (m) => lines.push(m) });
    expect(mailer.kind).toBe("log");
    await mailer.send(mail);
    expect(lines).toEqual([
      '[email] (no SMTP_URL: logged, not sent) to="Lena \'L\' Okafor" <lena@example.org> subject="Review opened: L4" id=<notification-n1@mltrl>',
    ]);
  });

  it("reports a refused delivery as an error (the worker retries it)", async () => {
    const closed = createServer((s) => s.end("554 no service\r\n"));
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", () => r()));
    server = closed;
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${(closed.address() as { port: number }).port}`,
      log: () => {},
    });
    await expect(mailer.send(mail)).rejects.toThrow();
    mailer.close();
  });
});
