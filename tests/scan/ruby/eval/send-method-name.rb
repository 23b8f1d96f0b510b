value = record.send(params[:attribute]) # expect: CWE-95
