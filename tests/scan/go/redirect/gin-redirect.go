	r.GET("/out", func(c *gin.Context) {
		c.Redirect(http.StatusFound, c.Query("to")) // expect: CWE-601
	})
