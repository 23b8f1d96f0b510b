package convert

import (
	"fmt"
	"os/exec"
)

func Thumbnail(src, dst string, width int) error {
	cmd := exec.Command("convert", src, "-resize", fmt.Sprintf("%dx", width), dst) // ok: CWE-78
	return cmd.Run()
}
