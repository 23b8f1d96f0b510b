#[derive(askama::Template)]
#[template(path = "comment.html")]
struct CommentPage<'a> {
    comment: &'a str,
}

async fn show(Query(q): Query<CommentQuery>) -> impl IntoResponse {
    let page = CommentPage { comment: &q.comment }; // ok: CWE-79
    Html(page.render().unwrap())
}
