	sort := c.DefaultQuery("sort", "created_at")
	db.Order(sort + " desc").Find(&posts) // expect: CWE-89
	c.JSON(200, posts)
