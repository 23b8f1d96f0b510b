	r.GET("/img", func(c *gin.Context) {
		src := c.Query("src")
		resp, err := http.Get(src) // expect: CWE-918
		if err != nil {
			c.Status(http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		c.DataFromReader(http.StatusOK, resp.ContentLength, resp.Header.Get("Content-Type"), resp.Body, nil)
	})
