package api

import (
	"net/http"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/labstack/echo/v4"
)

var exportable = map[string]bool{"orders": true, "customers": true}

type Exporter struct {
	OutDir string
}

func (e *Exporter) Export(c echo.Context) error {
	table := c.QueryParam("table")
	if !exportable[table] {
		return c.NoContent(http.StatusBadRequest)
	}
	out := filepath.Join(e.OutDir, table+".csv")
	cmd := exec.Command("psql", "-c", "\\copy "+table+" TO STDOUT CSV HEADER", "appdb") // ok: CWE-78
	cmd.Env = append(os.Environ(), "PGPASSFILE=/etc/app/pgpass")
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	cmd.Stdout = f
	if err := cmd.Run(); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.Attachment(out, filepath.Base(out))
}
