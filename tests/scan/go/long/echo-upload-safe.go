package main

import (
	"html"
	"io"
	"net/http"
	"os"
	"path/filepath"

	"github.com/labstack/echo/v4"
)

func upload(c echo.Context) error {
	file, err := c.FormFile("file")
	if err != nil {
		return err
	}
	src, err := file.Open()
	if err != nil {
		return err
	}
	defer src.Close()

	name := filepath.Base(file.Filename)
	dst, err := os.Create(filepath.Join("uploads", name)) // ok: CWE-22
	if err != nil {
		return err
	}
	defer dst.Close()
	if _, err = io.Copy(dst, src); err != nil {
		return err
	}
	return c.HTML(http.StatusOK, "<p>Uploaded "+html.EscapeString(name)+"</p>") // ok: CWE-79
}
