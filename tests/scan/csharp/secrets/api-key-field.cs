    public class WeatherClient
    {
        private const string ApiKey = "f3b9c0d1e2a34b5c8d7e6f5a4b3c2d1e";   // expect: CWE-798
    }
