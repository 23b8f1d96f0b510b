row = db.get_first_row("SELECT * FROM t WHERE id = '#{params[:id]}'") # expect: CWE-89
