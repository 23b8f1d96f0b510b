static mut COUNTER: u64 = 0;

pub fn next_id() -> u64 {
    unsafe {   // expect: CWE-676
        COUNTER += 1;
        COUNTER
    }
}
