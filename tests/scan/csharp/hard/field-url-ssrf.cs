public class FeedReader
{
    private readonly HttpClient _http;
    public string Source { get; set; } = "";

    public FeedReader(HttpClient http) => _http = http;

    public async Task<string> ReadAsync() =>
        await _http.GetStringAsync(Source);   // expect: CWE-918
}
