revision = `git rev-parse --short HEAD`.strip # ok: CWE-78
