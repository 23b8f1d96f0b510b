class NotesProvider : ContentProvider() {
    private lateinit var db: SQLiteDatabase

    override fun onCreate(): Boolean {
        db = NotesDbHelper(context!!).writableDatabase
        return true
    }

    override fun query(uri: Uri, projection: Array<String>?, selection: String?, selectionArgs: Array<String>?, sortOrder: String?): Cursor? {
        val id = uri.lastPathSegment ?: return null
        return db.query("notes", projection, "_id = ?", arrayOf(id), null, null, sortOrder) // ok: CWE-89
    }

    override fun getType(uri: Uri) = "vnd.android.cursor.item/note"
    override fun insert(uri: Uri, values: ContentValues?) = null
    override fun delete(uri: Uri, selection: String?, selectionArgs: Array<String>?) = 0
    override fun update(uri: Uri, values: ContentValues?, selection: String?, selectionArgs: Array<String>?) = 0
}
