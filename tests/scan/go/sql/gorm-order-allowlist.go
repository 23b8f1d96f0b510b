	sort := c.DefaultQuery("sort", "created_at")
	if _, ok := allowedSort[sort]; !ok {
		sort = "created_at"
	}
	db.Order(clause.OrderByColumn{Column: clause.Column{Name: sort}, Desc: true}).Find(&posts) // ok: CWE-89
	c.JSON(200, posts)
