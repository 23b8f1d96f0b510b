    Html(format!("<p>{}</p>", html_escape::encode_text(&q.comment))) // ok: CWE-79
