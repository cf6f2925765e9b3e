import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends email when SMTP_URL is set; otherwise does nothing and says so, and the dashboard
 * shows links to copy instead. Mails carry names and links, never clinical content.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport?: Transporter;

  constructor(@InjectEnvironment() private readonly environment: Environment) {
    if (environment.SMTP_URL) this.transport = createTransport(environment.SMTP_URL);
  }

  /** True when the server accepted the mail; a failure is logged, never thrown. */
  async send(mail: Mail): Promise<boolean> {
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({ from: this.environment.MAIL_FROM, ...mail });
      return true;
    } catch (error) {
      this.logger.warn(`Could not send an email: ${(error as Error).message}`);
      return false;
    }
  }

  onModuleDestroy() {
    this.transport?.close();
  }
}
