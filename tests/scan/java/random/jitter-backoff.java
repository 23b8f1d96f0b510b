    private long backoffMillis(int attempt) {
        long base = Math.min(30_000L, 200L * (1L << attempt));
        long jitter = ThreadLocalRandom.current().nextLong(0, base / 2);   // expect: CWE-330
        return base + jitter;
    }
