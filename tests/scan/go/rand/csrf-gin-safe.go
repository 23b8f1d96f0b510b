package web

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func CSRFMiddleware() gin.HandlerFunc {
	return func(c *gin.Context) {
		session := sessions.Default(c)
		if session.Get("csrf") == nil {
			b := make([]byte, 32)
			_, _ = rand.Read(b) // ok: CWE-338
			session.Set("csrf", base64.RawURLEncoding.EncodeToString(b))
			_ = session.Save()
		}
		if c.Request.Method == http.MethodPost && c.PostForm("csrf") != session.Get("csrf") {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Next()
	}
}
