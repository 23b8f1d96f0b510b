	unsafe := blackfriday.Run([]byte(post.Body))
	data := map[string]any{"Body": template.HTML(bluemonday.UGCPolicy().SanitizeBytes(unsafe))} // ok: CWE-79
