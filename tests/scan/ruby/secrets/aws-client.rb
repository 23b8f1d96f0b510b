s3 = Aws::S3::Client.new(region: "eu-west-1", access_key_id: "AKIAIOSFODNN7EXAMPLE", secret_access_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") # expect: CWE-798
