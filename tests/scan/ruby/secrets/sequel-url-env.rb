DB = Sequel.connect(ENV.fetch("DATABASE_URL")) # ok: CWE-798
