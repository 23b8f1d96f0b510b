public class StripeClient {
    private static final String API_KEY = System.getenv("STRIPE_API_KEY");   // ok: CWE-798
}
