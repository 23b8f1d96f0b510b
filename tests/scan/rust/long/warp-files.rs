use std::path::{Path, PathBuf};
use warp::{http::StatusCode, Filter, Rejection, Reply};

const ROOT: &str = "/srv/attachments";

#[derive(serde::Deserialize)]
struct FileQuery {
    name: String,
}

fn resolve(name: &str) -> Option<PathBuf> {
    let candidate = Path::new(name);
    if candidate.components().count() != 1 || candidate.file_name().is_none() {
        return None;
    }
    Some(Path::new(ROOT).join(candidate)) // ok: CWE-22
}

async fn get_file(q: FileQuery) -> Result<Box<dyn Reply>, Rejection> {
    let Some(path) = resolve(&q.name) else {
        return Ok(Box::new(StatusCode::BAD_REQUEST));
    };
    match tokio::fs::read(path).await {
        Ok(bytes) => Ok(Box::new(bytes)),
        Err(_) => Ok(Box::new(StatusCode::NOT_FOUND)),
    }
}

pub fn routes() -> impl Filter<Extract = impl Reply, Error = Rejection> + Clone {
    warp::path("files")
        .and(warp::get())
        .and(warp::query::<FileQuery>())
        .and_then(get_file)
}
