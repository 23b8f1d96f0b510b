use mysql::prelude::*;

fn wipe_session(conn: &mut mysql::PooledConn, sid: &str) -> mysql::Result<()> {
    conn.exec_drop("DELETE FROM sessions WHERE sid = ?", (sid,)) // ok: CWE-89
}
