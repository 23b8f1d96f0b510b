package com.example.notes.data;

import android.content.ContentValues;
import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;
import java.util.ArrayList;
import java.util.List;

public class NoteDao {
    private final SQLiteDatabase db;

    public NoteDao(SQLiteDatabase db) {
        this.db = db;
    }

    public List<Note> search(String term) {
        List<Note> notes = new ArrayList<>();
        Cursor c = db.rawQuery("SELECT _id, title, body FROM notes WHERE title LIKE ?",   // ok: CWE-89
                new String[] {"%" + term + "%"});
        try {
            while (c.moveToNext()) {
                notes.add(new Note(c.getLong(0), c.getString(1), c.getString(2)));
            }
        } finally {
            c.close();
        }
        return notes;
    }

    public void delete(long id) {
        db.delete("notes", "_id = ?", new String[] {String.valueOf(id)});   // ok: CWE-89
    }
}
