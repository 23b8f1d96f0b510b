	r.GET("/echo", func(c *gin.Context) {
		c.HTML(http.StatusOK, "echo.tmpl", gin.H{"text": c.Query("text")}) // ok: CWE-79
	})
