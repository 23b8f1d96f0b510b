package partner

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
	"time"
)

func NewClient() (*http.Client, error) {
	pem, err := os.ReadFile("/etc/partner/ca.pem")
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	tr := &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}, // ok: CWE-295
	}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}, nil
}
