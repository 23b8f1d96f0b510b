names = User.pluck(Arel.sql("COALESCE(#{params[:field]}, '')")) # expect: CWE-89
