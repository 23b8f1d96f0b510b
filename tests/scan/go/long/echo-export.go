package api

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/labstack/echo/v4"
)

type Exporter struct {
	OutDir string
}

func (e *Exporter) Export(c echo.Context) error {
	table := c.QueryParam("table")
	format := c.QueryParam("format")
	out := filepath.Join(e.OutDir, table+"."+format)

	script := fmt.Sprintf("psql -c \"\\copy %s TO '%s' CSV HEADER\" appdb", table, out)
	cmd := exec.Command("bash", "-c", script) // expect: CWE-78
	cmd.Env = append(os.Environ(), "PGPASSFILE=/etc/app/pgpass")
	if b, err := cmd.CombinedOutput(); err != nil {
		return c.String(http.StatusInternalServerError, string(b))
	}
	return c.Attachment(out, filepath.Base(out))
}
