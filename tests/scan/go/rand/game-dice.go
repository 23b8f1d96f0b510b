package game

import "math/rand"

func RollDice(sides int) int {
	return rand.Intn(sides) + 1 // expect: CWE-330
}
