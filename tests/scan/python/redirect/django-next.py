from django.http import HttpResponseRedirect

def after_logout(request):
    return HttpResponseRedirect(request.GET["return_to"])  # expect: CWE-601
