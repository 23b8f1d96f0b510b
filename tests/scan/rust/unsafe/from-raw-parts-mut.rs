        let dst = unsafe { std::slice::from_raw_parts_mut(frame.data as *mut u8, frame.len) }; // expect: CWE-676
        dst.copy_from_slice(&pixels);
