const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY); // ok: CWE-798
