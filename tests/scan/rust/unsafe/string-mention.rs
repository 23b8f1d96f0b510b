    eprintln!("refusing to run unsafe {{ }} blocks from plugin {}", name); // ok: CWE-676
