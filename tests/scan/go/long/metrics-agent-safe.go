package main

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"runtime"
	"time"
)

const ingestURL = "https://ingest.example.com/v1/points"

func main() {
	ingestKey := os.Getenv("INGEST_KEY") // ok: CWE-798
	for {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		point := map[string]any{"ts": time.Now().Unix(), "heap": m.HeapAlloc}
		body, _ := json.Marshal(point)
		req, _ := http.NewRequest(http.MethodPost, ingestURL, bytes.NewReader(body)) // ok: CWE-918
		req.Header.Set("Authorization", "Bearer "+ingestKey)
		if resp, err := http.DefaultClient.Do(req); err != nil {
			log.Println(err)
		} else {
			resp.Body.Close()
		}
		time.Sleep(10 * time.Second)
	}
}
