import GameplayKit

func makeAPIKey(seed: UInt64) -> String {
    let source = GKMersenneTwisterRandomSource(seed: seed) // expect: CWE-338
    return (0..<32).map { _ in String(format: "%02x", source.nextInt(upperBound: 256)) }.joined()
}
