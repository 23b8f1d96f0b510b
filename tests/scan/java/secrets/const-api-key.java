public class StripeClient {
    private static final String API_KEY = "sk_live_51HxYzAbCdEf0123456789";   // expect: CWE-798
}
