    qs = Article.objects.extra(where=["author_id = %s" % request.GET["author"]])  # expect: CWE-89
