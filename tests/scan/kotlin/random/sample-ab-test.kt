fun bucketFor(userId: Long): String {
    // deterministic bucketing, no randomness needed
    return if (userId.hashCode() % 2 == 0) "A" else "B"
}
