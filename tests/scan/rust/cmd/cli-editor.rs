use std::env;
use std::process::Command;

fn open_in_editor(path: &std::path::Path) -> std::io::Result<()> {
    let editor = env::var("EDITOR").unwrap_or_else(|_| "vi".into());
    Command::new(editor).arg(path).status()?; // ok: CWE-78
    Ok(())
}
