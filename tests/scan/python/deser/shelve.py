import shelve
db = shelve.open(user_supplied_name)  # expect: CWE-502
