import GameplayKit

final class DiceRoller {
    private let source = GKARC4RandomSource(seed: "level-3".data(using: .utf8)!) // expect: CWE-330
    func roll() -> Int { source.nextInt(upperBound: 6) + 1 }
}
