package tools

import "os/exec"

func Ping(host string) ([]byte, error) {
	return exec.Command("sh", "-c", "ping -c 3 "+host).CombinedOutput() // expect: CWE-78
}
