func badge(name string) template.HTML {
	return template.HTML(fmt.Sprintf("<span class=\"badge\">%s</span>", name)) // expect: CWE-79
}
