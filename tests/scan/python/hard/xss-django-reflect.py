from django.http import HttpResponse

def echo(request):
    return HttpResponse(request.GET.get("q", ""))  # expect: CWE-79
