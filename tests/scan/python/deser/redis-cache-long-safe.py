import functools
import json

import redis

r = redis.Redis(host="cache", port=6379)


def cached(ttl=300):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            key = fn.__name__ + ":" + ":".join(map(str, args))
            hit = r.get(key)
            if hit is not None:
                return json.loads(hit)  # ok: CWE-502
            value = fn(*args)
            r.setex(key, ttl, json.dumps(value))
            return value
        return wrapper
    return deco


@cached(ttl=60)
def top_products(category):
    return list_top(category)
