    qs = Article.objects.extra(where=["author_id = %s"], params=[request.GET["author"]])  # ok: CWE-89
