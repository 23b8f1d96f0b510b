func Profile(c echo.Context) error {
	name := c.QueryParam("name")
	return c.HTML(http.StatusOK, "<h2>Profile of "+html.EscapeString(name)+"</h2>") // ok: CWE-79
}
