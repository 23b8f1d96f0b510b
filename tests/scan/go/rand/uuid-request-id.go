package middleware

import (
	"net/http"

	"github.com/google/uuid"
)

func RequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := uuid.NewString() // ok: CWE-330
		w.Header().Set("X-Request-ID", id)
		next.ServeHTTP(w, r)
	})
}
