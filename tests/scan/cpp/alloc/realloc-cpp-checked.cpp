void Buffer::Grow(std::size_t min_items) {
    std::size_t cap = cap_ ? cap_ * 2 : 16;
    while (cap < min_items)
        cap *= 2;
    if (cap > std::numeric_limits<std::size_t>::max() / item_size_)
        throw std::length_error("Buffer::Grow");
    void *p = std::realloc(data_, cap * item_size_);                // ok: CWE-190
    if (!p)
        throw std::bad_alloc();
    data_ = p;
    cap_ = cap;
}
