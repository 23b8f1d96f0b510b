package main

import (
	"net"
	"net/http"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	r.GET("/dns", func(c *gin.Context) {
		domain := c.Query("domain")
		addrs, err := net.LookupHost(domain) // ok: CWE-78
		if err != nil {
			c.String(http.StatusInternalServerError, "lookup failed")
			return
		}
		c.JSON(http.StatusOK, addrs)
	})
	r.Run(":8080") // expect: CWE-400
}
