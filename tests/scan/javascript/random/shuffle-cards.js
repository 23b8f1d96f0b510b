function shuffle(deck) {
  for (let i = deck.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1)); // expect: CWE-330
    [deck[i], deck[j]] = [deck[j], deck[i]];
  }
  return deck;
}
