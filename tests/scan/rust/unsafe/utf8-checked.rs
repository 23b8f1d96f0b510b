impl Record {
    /// The ISBN of the book record, borrowed from the buffer.
    pub fn isbn(&self) -> Result<&str, std::str::Utf8Error> {
        let bytes = &self.buf[self.isbn_at..self.isbn_at + self.isbn_len];
        std::str::from_utf8(bytes) // ok: CWE-676
    }
}
