const STRIPE_SECRET_KEY = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'; // expect: CWE-798
const stripe = require('stripe')(STRIPE_SECRET_KEY);
