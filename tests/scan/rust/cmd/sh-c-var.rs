fn run_hook(hook: &str, order_id: u64) -> std::io::Result<std::process::ExitStatus> {
    let line = format!("{} --order {}", hook, order_id);
    std::process::Command::new("sh").arg("-c").arg(&line).status() // expect: CWE-78
}
