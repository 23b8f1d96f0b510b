package tools

import "os/exec"

func Ping(host string) ([]byte, error) {
	return exec.Command("ping", "-c", "3", "--", host).CombinedOutput() // ok: CWE-78
}
