func DeleteDoc(c echo.Context) error {
	name := c.Param("name")
	if !filepath.IsLocal(name) {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	if err := os.Remove(filepath.Join(docsDir, name)); err != nil { // ok: CWE-22
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.NoContent(http.StatusNoContent)
}
