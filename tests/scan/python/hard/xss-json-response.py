from django.http import JsonResponse

def echo(request):
    return JsonResponse({"q": request.GET.get("q", "")})  # ok: CWE-79
