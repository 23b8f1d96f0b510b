package sso

import (
	"net/http"
	"net/url"
)

type Handler struct {
	Sessions SessionStore
	Verifier TokenVerifier
}

func (h *Handler) Callback(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	user, err := h.Verifier.Exchange(r.Context(), code)
	if err != nil {
		http.Error(w, "login failed", http.StatusUnauthorized)
		return
	}
	h.Sessions.Start(w, user)

	returnTo := "/"
	if u, err := url.Parse(r.URL.Query().Get("return_to")); err == nil && u.Host == "" && u.Scheme == "" {
		returnTo = u.Path
	}
	http.Redirect(w, r, returnTo, http.StatusFound) // ok: CWE-601
}
