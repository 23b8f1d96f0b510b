JWT_SECRET = "change-this-super-secret-2024!" # expect: CWE-798
