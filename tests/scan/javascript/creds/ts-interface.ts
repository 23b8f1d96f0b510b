interface Credentials {
  username: string;
  password: string; // ok: CWE-798
}
const PASSWORD_MIN_LENGTH = 12; // ok: CWE-798
