func Callback(c echo.Context) error {
	state := c.QueryParam("state")
	return c.Redirect(http.StatusTemporaryRedirect, state) // expect: CWE-601
}
