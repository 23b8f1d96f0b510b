bool Toolchain::HasCompiler() const {
    return ::access(compiler_.c_str(), X_OK) == 0;                  // ok: CWE-367 no later use of the path
}
