package lb

import "math/rand/v2"

type Pool struct {
	backends []string
}

func (p *Pool) Pick() string {
	return p.backends[rand.IntN(len(p.backends))] // expect: CWE-330
}
