	footer := template.HTML(`<a href="/privacy">Privacy</a>`) // ok: CWE-79
