import os, redis
r = redis.Redis(host="cache", password=os.environ.get("REDIS_PASSWORD"))  # ok: CWE-798
