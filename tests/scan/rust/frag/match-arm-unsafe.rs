        Kind::Raw => unsafe { String::from_utf8_unchecked(buf) }, // expect: CWE-676
        Kind::Text => String::from_utf8(buf)?,
    }
