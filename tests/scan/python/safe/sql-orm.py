def search(term):
    return Product.objects.filter(name__icontains=term).order_by("name")[:20]  # ok: CWE-89
