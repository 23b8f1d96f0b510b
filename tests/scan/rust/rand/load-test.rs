use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use std::time::Duration;

/// Fires synthetic order traffic at the staging cluster.
pub async fn run_load(client: &reqwest::Client, n: usize) -> anyhow::Result<()> {
    let mut rng = SmallRng::from_entropy(); // expect: CWE-330
    for i in 0..n {
        let qty: u32 = rng.gen_range(1..10);
        let sku = format!("SKU-{:04}", rng.gen_range(0..500));
        client
            .post("https://staging.internal/orders")
            .json(&serde_json::json!({ "sku": sku, "qty": qty, "seq": i }))
            .send()
            .await?;
        tokio::time::sleep(Duration::from_millis(rng.gen_range(5..50))).await;
    }
    Ok(())
}
