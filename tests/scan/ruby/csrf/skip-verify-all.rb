  skip_before_action :verify_authenticity_token # expect: CWE-352
