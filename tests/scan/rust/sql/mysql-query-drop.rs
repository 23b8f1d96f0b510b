use mysql::prelude::*;

fn wipe_session(conn: &mut mysql::PooledConn, sid: &str) -> mysql::Result<()> {
    conn.query_drop(format!("DELETE FROM sessions WHERE sid = '{}'", sid)) // expect: CWE-89
}
