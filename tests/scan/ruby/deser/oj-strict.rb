payload = Oj.load(request.body.read, mode: :strict) # ok: CWE-502
