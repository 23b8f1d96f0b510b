fn random_avatar_color() -> (u8, u8, u8) {
    (fastrand::u8(..), fastrand::u8(..), fastrand::u8(..)) // expect: CWE-330
}
