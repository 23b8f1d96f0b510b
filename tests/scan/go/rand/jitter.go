package retry

import (
	"math/rand"
	"time"
)

func Backoff(attempt int) time.Duration {
	base := time.Duration(1<<attempt) * 100 * time.Millisecond
	jitter := time.Duration(rand.Int63n(int64(base / 2))) // expect: CWE-330
	return base + jitter
}
