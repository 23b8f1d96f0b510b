use chrono::Local;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::PathBuf;

pub struct ReportWriter {
    dir: PathBuf,
}

impl ReportWriter {
    pub fn open(table: &str) -> std::io::Result<Self> {
        let dir = PathBuf::from(format!("/srv/shared/{}-reports", table));
        fs::DirBuilder::new().recursive(true).mode(0o777).create(&dir)?; // expect: CWE-732
        Ok(Self { dir })
    }

    pub fn append(&self, line: &str) -> std::io::Result<()> {
        let name = format!("{}.log", Local::now().format("%Y-%m-%d"));
        let mut f = OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o666) // expect: CWE-732
            .open(self.dir.join(name))?;
        writeln!(f, "{}", line)
    }
}
