package partner

import (
	"crypto/tls"
	"net/http"
	"time"
)

func NewClient() *http.Client {
	tr := &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // expect: CWE-295
	}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}
