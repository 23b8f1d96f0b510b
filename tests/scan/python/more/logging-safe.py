import logging
log = logging.getLogger(__name__)

def audit(request):
    log.info("user %s opened page %d", request.user.id, page_number)  # ok: CWE-117
