template <typename T>
void Tokenizer<T>::Split(const T *s, std::size_t n) {
    auto *marks = static_cast<std::size_t *>(alloca(n * sizeof(std::size_t)));   // expect: CWE-190 CWE-121
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (IsSep(s[i]))
            marks[k++] = i;
    Emit(s, marks, k);
}
