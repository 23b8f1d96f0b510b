fun findNotes(db: SQLiteDatabase, tag: String): List<Note> {
    val cursor = db.rawQuery("SELECT * FROM notes WHERE tag = ? ORDER BY created DESC", arrayOf(tag)) // ok: CWE-89
    return cursor.use { c -> generateSequence { if (c.moveToNext()) c.toNote() else null }.toList() }
}
