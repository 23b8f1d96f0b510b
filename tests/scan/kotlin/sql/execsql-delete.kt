fun deleteItem(db: SQLiteDatabase, id: String) {
    db.execSQL("DELETE FROM cart_items WHERE id = " + id) // expect: CWE-89
}
