const stripe = new Stripe('sk_live_51Hx8sDKf93jdKs82hf92JdkQ', { apiVersion: '2023-10-16' }); // expect: CWE-798
