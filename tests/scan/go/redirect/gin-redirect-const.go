	r.GET("/out", func(c *gin.Context) {
		c.Redirect(http.StatusFound, "/home") // ok: CWE-601
	})
