class ResetService:
    def issue(self, user):
        code = random.randint(100000, 999999)  # expect: CWE-338
        self.store.save(user.id, code)
        return code
