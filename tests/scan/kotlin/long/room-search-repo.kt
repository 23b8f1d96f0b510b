package com.example.library.data

import androidx.sqlite.db.SimpleSQLiteQuery
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext

class BookSearchRepository(private val dao: BookDao, private val db: LibraryDatabase) {

    suspend fun byAuthor(author: String): List<Book> = withContext(Dispatchers.IO) {
        dao.raw(SimpleSQLiteQuery("SELECT * FROM books WHERE author = ?", arrayOf(author))) // ok: CWE-89
    }

    suspend fun byTitlePrefix(prefix: String): List<Book> = withContext(Dispatchers.IO) {
        val sql = "SELECT * FROM books WHERE title LIKE '" + prefix + "%' ORDER BY title"
        dao.raw(SimpleSQLiteQuery(sql)) // expect: CWE-89
    }

    suspend fun deleteShelf(shelfId: Long) = withContext(Dispatchers.IO) {
        db.openHelper.writableDatabase.execSQL("DELETE FROM books WHERE shelf_id = $shelfId") // ok: CWE-89
    }

    suspend fun count(): Int = withContext(Dispatchers.IO) {
        val c = db.openHelper.readableDatabase.query("SELECT COUNT(*) FROM books")
        c.use { it.moveToFirst(); it.getInt(0) }
    }
}
