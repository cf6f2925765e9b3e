import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  url: string;
  /** Every message received, raw, in order. */
  mails: string[];
  close(): Promise<void>;
}

/** A real SMTP server on a free port that keeps what it receives. */
export async function startSmtpServer(): Promise<TestSmtp> {
  const mails: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      let body = '';
      stream.on('data', (chunk) => (body += chunk.toString()));
      stream.on('end', () => {
        mails.push(body);
        done();
      });
    },
  });
  await new Promise<void>((ready) => smtp.listen(0, '127.0.0.1', ready));
  const { port } = smtp.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((closed) => smtp.close(closed)),
  };
}
