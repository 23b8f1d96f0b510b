	r.GET("/continue", func(c *gin.Context) {
		c.Header("Location", c.Query("next")) // expect: CWE-601
		c.Status(http.StatusFound)
	})
