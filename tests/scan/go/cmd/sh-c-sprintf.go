package convert

import (
	"fmt"
	"os/exec"
)

func Thumbnail(src, dst string, width int) error {
	cmd := exec.Command("/bin/sh", "-c", fmt.Sprintf("convert %s -resize %dx %s", src, width, dst)) // expect: CWE-78
	return cmd.Run()
}
