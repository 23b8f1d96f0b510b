from django.shortcuts import render
from django.views import View

from .models import Product


class ProductSearch(View):
    def get(self, request):
        term = request.GET.get("term", "")
        items = Product.objects.filter(name__icontains=term)[:20]
        return render(request, "search.html", {"term": term, "items": items})  # ok: CWE-79


class Ping(View):
    def get(self, request):
        return HttpResponse("pong")


class Version(View):
    def get(self, request):
        return HttpResponse("<p>v2.3.1</p>")  # ok: CWE-79


def build_heading():
    return "<h1>Search</h1>"
