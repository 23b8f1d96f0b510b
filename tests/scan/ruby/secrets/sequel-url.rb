DB = Sequel.connect("postgres://app:Xy7-pQ2-zR9@db.prod.internal/orders") # expect: CWE-798
