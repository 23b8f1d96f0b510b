fn sum_pairs(xs: &[i64], idx: &[usize]) -> i64 {
    let mut total = 0;
    for &i in idx {
        total += unsafe { *xs.get_unchecked(i) }; // expect: CWE-676
    }
    total
}
