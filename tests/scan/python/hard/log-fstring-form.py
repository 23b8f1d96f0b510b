import logging
log = logging.getLogger("auth")

def failed(request):
    log.warning(f"failed login for {request.form['user']}")  # expect: CWE-117
