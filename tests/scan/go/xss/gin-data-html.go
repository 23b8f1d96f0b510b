	r.GET("/echo", func(c *gin.Context) {
		c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<b>"+c.Query("text")+"</b>")) // expect: CWE-79
	})
