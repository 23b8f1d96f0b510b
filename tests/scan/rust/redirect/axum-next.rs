use axum::{extract::{Form, Query}, response::{IntoResponse, Redirect}, http::StatusCode};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct Login {
    user: String,
    password: String,
}

pub async fn login(Query(n): Query<Next>, Form(f): Form<Login>) -> impl IntoResponse {
    if !check_login(&f.user, &f.password) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let target = n.next.unwrap_or_else(|| "/".to_string());
    Redirect::to(&target).into_response() // expect: CWE-601
}
