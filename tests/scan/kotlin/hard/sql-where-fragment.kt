fun countUnread(db: SQLiteDatabase, folderIds: List<Long>?, includeFlagged: Boolean): Int {
    val selection = if (folderIds == null) "" else "AND folder_id IN (${folderIds.joinToString(",") { "?" }})"
    val flagged = if (includeFlagged) "OR flagged = 1" else ""
    val query = """
        SELECT COUNT(*) FROM messages
        WHERE (read = 0 $flagged) $selection
    """
    val args = folderIds?.map { it.toString() }?.toTypedArray() ?: emptyArray()
    return db.rawQuery(query, args).use { c -> if (c.moveToFirst()) c.getInt(0) else 0 } // ok: CWE-89
}
