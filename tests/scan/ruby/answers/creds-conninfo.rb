require "pg"

def customer_db
  PG.connect("host=db.prod.internal dbname=customers user=app password=Xy7-pQ2-zR9") # expect: CWE-798
end
