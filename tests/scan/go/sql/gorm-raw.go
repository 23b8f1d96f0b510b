package handlers

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

func ProductsByCategory(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		cat := c.Query("category")
		var products []Product
		db.Raw(fmt.Sprintf("SELECT * FROM products WHERE category = '%s'", cat)).Scan(&products) // expect: CWE-89
		c.JSON(http.StatusOK, products)
	}
}
