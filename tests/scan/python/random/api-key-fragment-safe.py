    def create_api_key(self, owner):
        raw = secrets.token_hex(20)  # ok: CWE-338
        self.keys[owner] = raw
        return raw
