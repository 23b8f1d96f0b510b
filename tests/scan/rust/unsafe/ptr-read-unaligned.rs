let hdr = unsafe { ptr::read_unaligned(packet.as_ptr().cast::<OrderHeader>()) }; // expect: CWE-676
