pub struct Record {
    buf: Vec<u8>,
    email_range: std::ops::Range<usize>,
}

impl Record {
    /// The customer's email address, borrowed from the record buffer.
    /// The data file is always valid UTF-8, so skip the validation.
    pub fn email(&self) -> &str {
        let bytes = &self.buf[self.email_range.clone()];
        unsafe { std::str::from_utf8_unchecked(bytes) } // expect: CWE-676
    }

    pub fn len(&self) -> usize {
        self.buf.len()
    }
}
