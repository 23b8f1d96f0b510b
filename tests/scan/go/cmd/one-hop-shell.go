package deploy

import (
	"context"
	"os/exec"
)

func RunHook(ctx context.Context, repo, branch string) error {
	script := "cd /srv/" + repo + " && git checkout " + branch + " && make deploy"
	cmd := exec.CommandContext(ctx, "bash", "-c", script) // expect: CWE-78
	return cmd.Run()
}
