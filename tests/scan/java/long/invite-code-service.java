package com.app.invites;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

public class InviteService {
    private final InviteRepository repo;

    public InviteService(InviteRepository repo) {
        this.repo = repo;
    }

    public Invite createInvite(long inviterId, String email) {
        String inviteCode = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);   // expect: CWE-338
        Invite inv = new Invite();
        inv.setInviterId(inviterId);
        inv.setEmail(email);
        inv.setCode(inviteCode);
        inv.setExpires(Instant.now().plusSeconds(7 * 24 * 3600));
        repo.save(inv);
        return inv;
    }

    public boolean redeem(String code) {
        return repo.findByCode(code)
                .filter(i -> i.getExpires().isAfter(Instant.now()))
                .map(i -> { repo.delete(i); return true; })
                .orElse(false);
    }
}
