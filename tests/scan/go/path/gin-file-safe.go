	r.GET("/avatar/:id", func(c *gin.Context) {
		id, err := strconv.Atoi(c.Param("id"))
		if err != nil {
			c.Status(http.StatusBadRequest)
			return
		}
		c.File(fmt.Sprintf("./avatars/%d.png", id)) // ok: CWE-22
	})
