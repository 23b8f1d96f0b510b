use clap::Parser;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Back up a customer's uploads to the archive host.
#[derive(Parser)]
struct Args {
    customer: String,
    #[arg(long, default_value = "archive.internal")]
    host: String,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    anyhow::ensure!(args.customer.chars().all(|c| c.is_ascii_alphanumeric()), "bad id");
    let src = PathBuf::from("/srv/uploads").join(&args.customer);
    let mut tar = Command::new("tar") // ok: CWE-78
        .args(["czf", "-"])
        .arg(&src)
        .stdout(Stdio::piped())
        .spawn()?;
    let dest = format!("/backups/{}.tgz", args.customer);
    let status = Command::new("ssh")
        .arg(&args.host)
        .arg("dd")
        .arg(format!("of={}", dest))
        .stdin(tar.stdout.take().unwrap())
        .status()?;
    tar.wait()?;
    anyhow::ensure!(status.success(), "backup failed: {}", status);
    Ok(())
}
