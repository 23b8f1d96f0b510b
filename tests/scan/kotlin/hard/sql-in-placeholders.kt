fun deleteMessages(db: SQLiteDatabase, ids: List<Long>) {
    val placeholders = ids.joinToString(",") { "?" }
    db.execSQL("DELETE FROM messages WHERE id IN ($placeholders)", ids.map { it.toString() }.toTypedArray()) // ok: CWE-89
}
