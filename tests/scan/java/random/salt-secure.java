import java.security.SecureRandom;

public class PasswordHasher {
    private final SecureRandom random = new SecureRandom();

    public byte[] newSalt() {
        byte[] salt = new byte[16];
        random.nextBytes(salt);          // ok: CWE-338
        return salt;
    }
}
