private const val TABLE = "orders"

fun purge(db: SQLiteDatabase) {
    db.execSQL("DELETE FROM $TABLE WHERE archived = 1") // ok: CWE-89
}
