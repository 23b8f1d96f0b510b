File.open(params[:path], "w") { |f| f.write(request.body.read) } # expect: CWE-22
