use warp::Filter;

#[derive(serde::Deserialize)]
struct PreviewQuery {
    url: String,
}

async fn preview(q: PreviewQuery) -> Result<impl warp::Reply, warp::Rejection> {
    let body = reqwest::Client::new()
        .get(&q.url) // expect: CWE-918
        .send()
        .await
        .map_err(|_| warp::reject::not_found())?
        .text()
        .await
        .map_err(|_| warp::reject::not_found())?;
    let snippet: String = body.chars().take(200).collect();
    Ok(warp::reply::json(&serde_json::json!({ "preview": snippet })))
}

pub fn routes() -> impl Filter<Extract = impl warp::Reply, Error = warp::Rejection> + Clone {
    warp::path!("notes" / "preview")
        .and(warp::get())
        .and(warp::query::<PreviewQuery>())
        .and_then(preview)
}
