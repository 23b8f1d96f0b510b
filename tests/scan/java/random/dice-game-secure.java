class Dice {
    private final java.security.SecureRandom rng = new java.security.SecureRandom();   // ok: CWE-330
    int roll() { return rng.nextInt(6) + 1; }
}
