package middleware

import (
	"fmt"
	"math/rand"
	"net/http"
)

func RequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := fmt.Sprintf("%016x", rand.Uint64()) // expect: CWE-330
		w.Header().Set("X-Request-ID", id)
		next.ServeHTTP(w, r)
	})
}
