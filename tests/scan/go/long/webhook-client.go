package notify

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"net/http"
	"time"
)

type Webhook struct {
	URL    string
	client *http.Client
}

func NewWebhook(url string) *Webhook {
	return &Webhook{
		URL: url,
		client: &http.Client{
			Timeout: 5 * time.Second,
			Transport: &http.Transport{
				TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // expect: CWE-295
			},
		},
	}
}

func (w *Webhook) Send(event any) error {
	body, err := json.Marshal(event)
	if err != nil {
		return err
	}
	resp, err := w.client.Post(w.URL, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
