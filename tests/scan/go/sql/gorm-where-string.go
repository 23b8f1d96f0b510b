package handlers

func (h *Handler) FindByEmail(c echo.Context) error {
	email := c.QueryParam("email")
	var u User
	if err := h.db.Where("email = '" + email + "'").First(&u).Error; err != nil { // expect: CWE-89
		return c.JSON(http.StatusNotFound, nil)
	}
	return c.JSON(http.StatusOK, u)
}
