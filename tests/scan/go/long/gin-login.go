package handlers

import (
	"crypto/md5"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

type LoginForm struct {
	Email    string `form:"email" binding:"required"`
	Password string `form:"password" binding:"required"`
}

func Login(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		var f LoginForm
		if err := c.ShouldBind(&f); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": "bad form"})
			return
		}
		sum := md5.Sum([]byte(f.Password)) // expect: CWE-916
		q := fmt.Sprintf("SELECT id FROM users WHERE email='%s' AND pw='%s'", f.Email, hex.EncodeToString(sum[:]))
		var id int64
		if err := db.QueryRow(q).Scan(&id); err != nil { // expect: CWE-89
			c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
			return
		}
		c.JSON(http.StatusOK, gin.H{"id": id})
	}
}
