async fn fetch_rates(client: &reqwest::Client) -> reqwest::Result<String> {
    client.get("https://api.rates.example.com/v1/latest").send().await?.text().await // ok: CWE-918
}
