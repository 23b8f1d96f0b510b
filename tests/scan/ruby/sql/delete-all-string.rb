Session.delete_all("updated_at < '#{cutoff}'") # expect: CWE-89
