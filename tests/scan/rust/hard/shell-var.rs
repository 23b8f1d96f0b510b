fn run_user_filter(filter: &str, input: &Path) -> io::Result<Output> {
    let shell = if cfg!(windows) { "cmd" } else { "sh" };
    let flag = if cfg!(windows) { "/C" } else { "-c" };
    Command::new(shell).arg(flag).arg(format!("{} < {}", filter, input.display())).output() // expect: CWE-78
}
