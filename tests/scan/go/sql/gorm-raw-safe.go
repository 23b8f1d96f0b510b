package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

func ProductsByCategory(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		cat := c.Query("category")
		var products []Product
		db.Raw("SELECT * FROM products WHERE category = ?", cat).Scan(&products) // ok: CWE-89
		c.JSON(http.StatusOK, products)
	}
}
