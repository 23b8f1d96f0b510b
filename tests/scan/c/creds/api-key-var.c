static const char *api_key = "sk_live_51HcE2bLx9QmZ0aT";    /* expect: CWE-798 */
