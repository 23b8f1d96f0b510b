	html := blackfriday.Run([]byte(post.Body))
	data := map[string]any{"Body": template.HTML(html)} // expect: CWE-79
