    def create_api_key(self, owner):
        raw = "%x" % random.getrandbits(160)  # expect: CWE-338
        self.keys[owner] = raw
        return raw
