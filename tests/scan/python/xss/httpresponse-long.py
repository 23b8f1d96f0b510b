from django.http import HttpResponse
from django.views import View

from .models import Product


class ProductSearch(View):
    def get(self, request):
        term = request.GET.get("term", "")
        items = Product.objects.filter(name__icontains=term)[:20]
        parts = ["<ul>"]
        for p in items:
            parts.append("<li>%s - %s</li>" % (p.name, p.price))  # expect: CWE-79
        parts.append("</ul>")
        heading = "<h1>Search: " + term + "</h1>"  # expect: CWE-79
        return HttpResponse(heading + "".join(parts))


class Ping(View):
    def get(self, request):
        return HttpResponse("pong")
