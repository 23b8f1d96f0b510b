static const char *api_key_name = "PAYMENT_API_KEY";     /* ok: CWE-798 */

const char *payment_api_key(void) { return getenv(api_key_name); }
