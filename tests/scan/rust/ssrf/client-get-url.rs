async fn fetch_preview(client: &reqwest::Client, target_url: &str) -> reqwest::Result<String> {
    client.get(target_url).send().await?.text().await // expect: CWE-918
}
