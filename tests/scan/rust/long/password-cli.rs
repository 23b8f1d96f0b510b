use clap::Parser;
use rand::{rngs::OsRng, seq::SliceRandom, Rng};

/// Prints random passwords for new staff accounts.
#[derive(Parser)]
struct Args {
    #[arg(short, long, default_value_t = 20)]
    length: usize,
    #[arg(short, long, default_value_t = 1)]
    count: usize,
    #[arg(long)]
    no_symbols: bool,
}

const LOWER: &[u8] = b"abcdefghijkmnopqrstuvwxyz";
const UPPER: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS: &[u8] = b"23456789";
const SYMBOLS: &[u8] = b"!@#$%^&*-_=+";

fn main() {
    let args = Args::parse();
    let mut alphabet: Vec<u8> = [LOWER, UPPER, DIGITS].concat();
    if !args.no_symbols {
        alphabet.extend_from_slice(SYMBOLS);
    }
    let mut rng = OsRng; // ok: CWE-338
    for _ in 0..args.count {
        let pw: String = (0..args.length)
            .map(|_| *alphabet.choose(&mut rng).unwrap() as char)
            .collect();
        println!("{}", pw);
    }
    let _ = rng.gen::<u8>();
}
