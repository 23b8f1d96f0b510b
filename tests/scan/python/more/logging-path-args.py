import logging
log = logging.getLogger(__name__)

def audit(request):
    log.info("user %s opened %s", request.user.id, request.path)  # expect: CWE-117
