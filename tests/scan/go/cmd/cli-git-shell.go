package main

import (
	"flag"
	"log"
	"os"
	"os/exec"
)

func main() {
	ref := flag.String("ref", "main", "git ref to archive")
	out := flag.String("o", "out.tar.gz", "output file")
	flag.Parse()

	cmd := exec.Command("sh", "-c", "git archive --format=tar "+*ref+" | gzip > "+*out) // expect: CWE-78
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatal(err)
	}
}
