import nodemailer from 'nodemailer';
import type { OutboundMessage, SmtpConfig } from './types.js';

/**
 * One mail: the title as subject, the text (and the link) as a plain-text body. Plain text on
 * purpose: ingested text must never become HTML in someone's mail client. nodemailer encodes
 * Chinese subjects (RFC 2047) and bodies as UTF-8.
 */
export async function sendMail(smtp: SmtpConfig, recipients: string[], message: OutboundMessage, link: string | undefined, timeoutMs: number): Promise<void> {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  try {
    await transport.sendMail({
      from: smtp.from,
      to: recipients,
      subject: message.title,
      text: link ? `${message.text}\n\n${link}` : message.text,
    });
  } finally {
    transport.close();
  }
}
