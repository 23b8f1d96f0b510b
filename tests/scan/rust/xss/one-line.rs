    Html(format!("<p>{}</p>", q.comment)) // expect: CWE-79
