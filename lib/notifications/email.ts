import nodemailer from "nodemailer";

/**
 * E-mail for notifications. With SMTP_URL (e.g. smtps://user:pass@smtp.example.org:465) messages
 * go out through nodemailer; without it they are logged, so a demo or a laptop needs no mail
 * server. MAIL_FROM sets the sender (default "MLTRL <no-reply@localhost>").
 */

export type OutgoingEmail = {
  /** Stable per notification: a receiving server or client can drop a duplicate by it. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
};

export type Mailer = { kind: "smtp" | "log"; send(mail: OutgoingEmail): Promise<void>; close(): void };

export function createMailer({
  smtpUrl = process.env.SMTP_URL,
  from = process.env.MAIL_FROM,
  log,
}: {
  smtpUrl?: string;
  from?: string;
  log: (message: string) => void;
}): Mailer {
  if (!smtpUrl) {
    return {
      kind: "log",
      async send(mail) {
        log(
          `[email] (no SMTP_URL: logged, not sent) to=${mail.to} subject=${JSON.stringify(mail.subject)} id=${mail.messageId}`,
        );
      },
      close() {},
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    kind: "smtp",
    async send(mail) {
      await transport.sendMail({
        from: from || "MLTRL <no-reply@localhost>",
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
      });
    },
    close() {
      transport.close();
    },
  };
}

/** The message for one notification row; links are absolute when the app's URL is known. */
export function notificationEmail(
  n: { id: string; title: string; body: string; url: string | null; email: string; name: string },
  appUrl: string | undefined,
): OutgoingEmail {
  const link = n.url ? (appUrl ? new URL(n.url, appUrl).toString() : n.url) : null;
  return {
    messageId: `<notification-${n.id}@mltrl>`,
    to: n.name ? `"${n.name.replace(/"/g, "'")}" <${n.email}>` : n.email,
    subject: n.title,
    text: [
      `Hello ${n.name || ""},`.trim(),
      "",
      n.body,
      ...(link ? ["", `Open it: ${link}`] : []),
      "",
      "— MLTRL, the gated reviews of your ML systems",
    ].join("\n"),
  };
}
