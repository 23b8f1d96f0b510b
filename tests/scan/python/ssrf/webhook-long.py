import json
import logging

import requests
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

log = logging.getLogger(__name__)


@csrf_exempt
def register_webhook(request):
    body = json.loads(request.body)
    target = body["callback_url"]
    event = body.get("event", "order.created")
    probe = requests.post(  # expect: CWE-918
        target,
        json={"event": "ping", "subscribed": event},
        timeout=5,
    )
    if probe.status_code >= 400:
        return JsonResponse({"error": "callback unreachable"}, status=400)
    Webhook.objects.create(url=target, event=event, owner=request.user)
    log.info("webhook registered for %s", request.user.pk)
    return JsonResponse({"ok": True})
