func Profile(c echo.Context) error {
	name := c.QueryParam("name")
	return c.HTML(http.StatusOK, "<h2>Profile of "+name+"</h2>") // expect: CWE-79
}
