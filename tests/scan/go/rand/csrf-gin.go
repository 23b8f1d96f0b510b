package web

import (
	"math/rand"
	"net/http"
	"strconv"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func CSRFMiddleware() gin.HandlerFunc {
	return func(c *gin.Context) {
		session := sessions.Default(c)
		if session.Get("csrf") == nil {
			csrfToken := strconv.FormatInt(rand.Int63(), 36) // expect: CWE-338
			session.Set("csrf", csrfToken)
			_ = session.Save()
		}
		if c.Request.Method == http.MethodPost && c.PostForm("csrf") != session.Get("csrf") {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Next()
	}
}
