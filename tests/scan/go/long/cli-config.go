package main

import (
	"encoding/json"
	"flag"
	"log"
	"os"
	"path/filepath"
)

type Config struct {
	Endpoint string `json:"endpoint"`
	APIKey   string `json:"api_key"`
}

func main() {
	endpoint := flag.String("endpoint", "https://api.example.com", "API endpoint")
	flag.Parse()

	home, _ := os.UserHomeDir()
	dir := filepath.Join(home, ".exampler")
	if err := os.MkdirAll(dir, 0777); err != nil { // expect: CWE-732
		log.Fatal(err)
	}
	cfg := Config{Endpoint: *endpoint, APIKey: os.Getenv("EXAMPLER_API_KEY")}
	b, _ := json.MarshalIndent(cfg, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "config.json"), b, 0666); err != nil { // expect: CWE-732
		log.Fatal(err)
	}
	log.Printf("wrote %s", filepath.Join(dir, "config.json"))
}
