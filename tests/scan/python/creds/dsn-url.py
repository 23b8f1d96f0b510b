from sqlalchemy import create_engine
engine = create_engine("postgresql://app:S3cr3tPass@db.prod.internal:5432/app")  # expect: CWE-798
