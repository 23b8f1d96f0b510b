import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { randomBytes } from 'crypto';
import { Invite } from './invite.entity';
import { MailService } from '../mail/mail.service';

@Injectable()
export class InviteService {
  constructor(
    @InjectRepository(Invite) private readonly invites: Repository<Invite>,
    private readonly mail: MailService,
  ) {}

  private makeCode(): string {
    return randomBytes(6).toString('base64url').toUpperCase(); // ok: CWE-338
  }

  async invite(email: string, teamId: string): Promise<Invite> {
    const invite = this.invites.create({
      email,
      teamId,
      code: this.makeCode(),
      expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    });
    await this.invites.save(invite);
    await this.mail.send(email, 'You are invited', `Use code ${invite.code} to join.`);
    return invite;
  }
}
