fn sum_pairs(xs: &[i64], idx: &[usize]) -> i64 {
    idx.iter().filter_map(|&i| xs.get(i)).sum() // ok: CWE-676
}
