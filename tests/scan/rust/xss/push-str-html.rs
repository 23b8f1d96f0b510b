fn render_list(items: &[Item]) -> Html<String> {
    let mut out = String::from("<ul>");
    for it in items {
        out.push_str(&format!("<li>{}</li>", it.title)); // expect: CWE-79
    }
    out.push_str("</ul>");
    Html(out)
}
