import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/*
 * Real local servers for the delivery tests: an HTTP server that stands in for the robots and
 * webhooks, and an SMTP server. Tests read what actually arrived on the wire.
 */

export interface Received {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Answer {
  status?: number;
  body?: unknown;
  /** Never answer (for timeouts). */
  hang?: boolean;
}

export interface HttpReceiver {
  base: string;
  received: Received[];
  /** The answer to the next requests, in order; when none is left, `fallback`. */
  answers: Answer[];
  fallback: Answer;
  close(): Promise<void>;
}

export async function startHttpReceiver(): Promise<HttpReceiver> {
  const receiver = { received: [] as Received[], answers: [] as Answer[], fallback: { status: 200, body: { errcode: 0, errmsg: 'ok' } } as Answer };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      receiver.received.push({ method: req.method!, url: new URL(req.url!, 'http://receiver'), headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = receiver.answers.shift() ?? receiver.fallback;
      if (answer.hang) return;
      const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {});
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' }).end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return Object.assign(receiver, {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  });
}

export interface MailReceiver {
  port: number;
  mails: { envelopeTo: string[]; mail: ParsedMail }[];
  close(): Promise<void>;
}

/** Plain SMTP with AUTH over an unencrypted local connection, accepting only `user`/`password`. */
export async function startMailReceiver(user: string, password: string): Promise<MailReceiver> {
  const mails: MailReceiver['mails'] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) return callback(null, { user });
      callback(new Error('invalid credentials'));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
