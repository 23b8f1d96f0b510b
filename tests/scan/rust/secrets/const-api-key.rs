pub static STRIPE_API_KEY: &str = "sk_live_51HxQe2LkT9vZ0aBcD"; // expect: CWE-798
