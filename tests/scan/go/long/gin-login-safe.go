package handlers

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"
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
		var id int64
		var hash []byte
		err := db.QueryRow("SELECT id, pw_hash FROM users WHERE email = $1", f.Email).Scan(&id, &hash) // ok: CWE-89
		if err != nil || bcrypt.CompareHashAndPassword(hash, []byte(f.Password)) != nil { // ok: CWE-916
			c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
			return
		}
		c.JSON(http.StatusOK, gin.H{"id": id})
	}
}
