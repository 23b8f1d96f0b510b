import java.util.Random;

public class PasswordHasher {
    public byte[] newSalt() {
        byte[] salt = new byte[16];
        new Random().nextBytes(salt);          // expect: CWE-338
        return salt;
    }
}
