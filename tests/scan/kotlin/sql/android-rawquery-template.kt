fun findNotes(db: SQLiteDatabase, tag: String): List<Note> {
    val cursor = db.rawQuery("SELECT * FROM notes WHERE tag = '${tag}' ORDER BY created DESC", null) // expect: CWE-89
    return cursor.use { c -> generateSequence { if (c.moveToNext()) c.toNote() else null }.toList() }
}
