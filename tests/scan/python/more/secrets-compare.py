import hmac

def check_webhook(request, secret):
    sig = request.headers.get("X-Signature", "")
    expected = hmac.new(secret, request.body, "sha256").hexdigest()
    return hmac.compare_digest(sig, expected)  # ok: CWE-798
