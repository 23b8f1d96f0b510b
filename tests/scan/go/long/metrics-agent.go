package main

import (
	"bytes"
	"encoding/json"
	"log"
	"math/rand"
	"net/http"
	"time"
)

const ingestURL = "https://ingest.example.com/v1/points"
const ingestKey = "ik_live_93hf82hf02hf83hf0283hf" // expect: CWE-798

func main() {
	for {
		point := map[string]any{
			"ts":    time.Now().Unix(),
			"value": rand.Float64() * 100, // expect: CWE-330
		}
		body, _ := json.Marshal(point)
		req, _ := http.NewRequest(http.MethodPost, ingestURL, bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+ingestKey)
		if resp, err := http.DefaultClient.Do(req); err != nil {
			log.Println(err)
		} else {
			resp.Body.Close()
		}
		time.Sleep(10 * time.Second)
	}
}
