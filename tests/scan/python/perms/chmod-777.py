import os
os.chmod("/srv/uploads", 0o777)  # expect: CWE-732
