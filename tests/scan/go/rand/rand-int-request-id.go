package main

import (
	"math/rand"
	"strconv"
)

func newTraceID() string {
	return strconv.Itoa(rand.Int()) // expect: CWE-330
}
