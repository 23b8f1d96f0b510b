use axum::{extract::Query, response::Html};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct CommentQuery {
    comment: String,
}

/// Shows the comment a visitor left on a book page.
pub async fn show_comment(Query(q): Query<CommentQuery>) -> Html<String> {
    let safe = html_escape::encode_text(&q.comment);
    Html(format!( // ok: CWE-79
        "<!doctype html><html><body><h1>Comment</h1><p>{}</p></body></html>",
        safe
    ))
}
