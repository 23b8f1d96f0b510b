use axum::{extract::State, Json};
use rand::{rngs::SmallRng, Rng, SeedableRng};
use serde::Serialize;

#[derive(Serialize)]
pub struct Issued {
    token: String,
}

pub async fn issue_invite(State(app): State<AppState>) -> Json<Issued> {
    let mut rng = SmallRng::seed_from_u64(app.started_at); // expect: CWE-338
    let token: String = (0..32)
        .map(|_| char::from(rng.sample(rand::distributions::Alphanumeric)))
        .collect();
    app.invites.lock().unwrap().insert(token.clone());
    Json(Issued { token })
}
