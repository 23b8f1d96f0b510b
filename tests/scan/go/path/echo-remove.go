func DeleteDoc(c echo.Context) error {
	name := c.Param("name")
	if err := os.Remove(filepath.Join(docsDir, name)); err != nil { // expect: CWE-22
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.NoContent(http.StatusNoContent)
}
