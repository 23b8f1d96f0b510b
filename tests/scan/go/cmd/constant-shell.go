package deploy

import (
	"context"
	"os/exec"
)

func Cleanup(ctx context.Context) error {
	cmd := exec.CommandContext(ctx, "bash", "-c", "rm -rf /tmp/build-cache/* && sync") // ok: CWE-78
	return cmd.Run()
}
