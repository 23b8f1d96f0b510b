redirect_to request.referer # expect: CWE-601
