bool AdminPanel::Unlock(const std::string &password) {
    return crypto_pwhash_str_verify(stored_hash_.c_str(), password.c_str(),
                                    password.size()) == 0;          // ok: CWE-798
}
