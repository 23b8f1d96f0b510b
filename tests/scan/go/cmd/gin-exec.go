package main

import (
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	r.GET("/dns", func(c *gin.Context) {
		domain := c.Query("domain")
		out, err := exec.Command("sh", "-c", "dig +short "+domain).Output() // expect: CWE-78
		if err != nil {
			c.String(http.StatusInternalServerError, "lookup failed")
			return
		}
		c.String(http.StatusOK, string(out))
	})
	r.Run(":8080") // expect: CWE-400
}
