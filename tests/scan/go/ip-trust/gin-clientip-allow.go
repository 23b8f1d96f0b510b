	router.Use(func(c *gin.Context) {
		if !allowedIPs[c.GetHeader("X-Real-IP")] { // expect: CWE-348
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Next()
	})
