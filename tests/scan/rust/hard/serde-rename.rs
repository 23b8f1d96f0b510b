#[derive(Deserialize)]
pub struct Login {
    #[serde(rename = "password")] // ok: CWE-798
    pub secret: String,
}
