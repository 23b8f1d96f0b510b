data = RestClient.get(params[:feed]).body # expect: CWE-918
