const { randomInt } = require('crypto');

function shuffle(deck) {
  for (let i = deck.length - 1; i > 0; i--) {
    const j = randomInt(i + 1); // ok: CWE-330
    [deck[i], deck[j]] = [deck[j], deck[i]];
  }
  return deck;
}
