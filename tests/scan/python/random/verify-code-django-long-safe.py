import secrets

from django.core.mail import send_mail
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import EmailVerification


@require_POST
def start_verification(request):
    email = request.POST["email"]
    code = "".join(str(secrets.randbelow(10)) for _ in range(6))  # ok: CWE-338
    EmailVerification.objects.update_or_create(
        email=email, defaults={"code": code, "attempts": 0}
    )
    send_mail(
        "Your verification code",
        f"Enter {code} to confirm your address.",
        "noreply@example.org",
        [email],
    )
    return JsonResponse({"sent": True})


def pick_banner(request):
    banners = ["spring", "summer", "autumn"]
    return JsonResponse({"banner": banners[secrets.randbelow(len(banners))]})  # ok: CWE-330
