	r.GET("/avatar/:user", func(c *gin.Context) {
		user := c.Param("user")
		c.File("./avatars/" + user + ".png") // expect: CWE-22
	})
