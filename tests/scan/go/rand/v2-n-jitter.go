package poll

import (
	"math/rand/v2"
	"time"
)

func sleepJitter(base time.Duration) {
	time.Sleep(base + rand.N(base/5)) // expect: CWE-330
}
