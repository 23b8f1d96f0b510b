fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

pub async fn show(Query(q): Query<CommentQuery>) -> Html<String> {
    Html(format!("<p>{}</p>", escape(&q.comment))) // ok: CWE-79
}
