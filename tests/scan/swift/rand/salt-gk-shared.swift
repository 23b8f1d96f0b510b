func newSalt() -> [UInt8] {
    let src = GKRandomSource.sharedRandom() // expect: CWE-338
    return (0..<16).map { _ in UInt8(src.nextInt(upperBound: 256)) }
}
