payload = Oj.load(request.body.read) # expect: CWE-502
