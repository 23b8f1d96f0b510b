Stripe.api_key = "sk_live_51HcQeKJ2mQ8fTz3Lx9vB" # expect: CWE-798
