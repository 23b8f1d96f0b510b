    let deck = GKShuffledDistribution(lowestValue: 1, highestValue: 52) // ok: CWE-330
