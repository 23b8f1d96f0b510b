import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Invite } from './invite.entity';
import { MailService } from '../mail/mail.service';

@Injectable()
export class InviteService {
  constructor(
    @InjectRepository(Invite) private readonly invites: Repository<Invite>,
    private readonly mail: MailService,
  ) {}

  private makeCode(): string {
    return Math.random().toString(36).substring(2, 10).toUpperCase(); // expect: CWE-338
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
