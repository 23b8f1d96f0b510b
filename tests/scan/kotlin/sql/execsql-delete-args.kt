fun deleteItem(db: SQLiteDatabase, id: String) {
    db.execSQL("DELETE FROM cart_items WHERE id = ?", arrayOf(id)) // ok: CWE-89
}
