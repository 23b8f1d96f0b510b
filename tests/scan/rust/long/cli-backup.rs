use clap::Parser;
use std::path::PathBuf;
use std::process::Command;

/// Back up a customer's uploads to the archive host.
#[derive(Parser)]
struct Args {
    /// customer id
    customer: String,
    /// destination host
    #[arg(long, default_value = "archive.internal")]
    host: String,
    #[arg(long)]
    dry_run: bool,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let src = PathBuf::from("/srv/uploads").join(&args.customer);
    let script = format!(
        "tar czf - {} | ssh {} 'cat > /backups/{}.tgz'",
        src.display(),
        args.host,
        args.customer
    );
    if args.dry_run {
        println!("{}", script);
        return Ok(());
    }
    let status = Command::new("sh").arg("-c").arg(&script).status()?; // expect: CWE-78
    anyhow::ensure!(status.success(), "backup failed: {}", status);
    Ok(())
}
