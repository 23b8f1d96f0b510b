import mimetypes
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404


@login_required
def attachment(request):
    """Serve an attachment of the current user's tickets."""
    rel = request.GET.get("path", "")
    if not rel:
        raise Http404("missing path")
    full = os.path.join(settings.ATTACHMENT_ROOT, rel)
    if not os.path.exists(full):
        raise Http404("no such attachment")
    ctype, _ = mimetypes.guess_type(full)
    resp = FileResponse(open(full, "rb"), content_type=ctype or "application/octet-stream")  # expect: CWE-22
    resp["Content-Disposition"] = "attachment"
    return resp


def health(request):
    return FileResponse(open(os.path.join(settings.BASE_DIR, "VERSION"), "rb"))  # ok: CWE-22
