package com.acme.admin;

import java.security.SecureRandom;
import org.springframework.stereotype.Service;

@Service
public class TempPasswordService {
    private static final char[] CHARS = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final UserRepository users;
    private final MailSender mail;

    public TempPasswordService(UserRepository users, MailSender mail) {
        this.users = users;
        this.mail = mail;
    }

    public void resetPassword(long userId) {
        SecureRandom r = new SecureRandom();   // ok: CWE-338
        char[] pw = new char[10];
        for (int i = 0; i < pw.length; i++) {
            pw[i] = CHARS[r.nextInt(CHARS.length)];
        }
        User u = users.findById(userId).orElseThrow();
        u.setPasswordHash(Hashing.bcrypt(new String(pw)));
        users.save(u);
        mail.send(u.getEmail(), "Your temporary password", new String(pw));
    }
}
