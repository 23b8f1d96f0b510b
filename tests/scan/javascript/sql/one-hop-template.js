async function deleteNote(db, noteId, ownerId) {
  const q = `DELETE FROM notes WHERE id = ${noteId} AND owner_id = ${ownerId}`;
  await db.run(q); // expect: CWE-89
}
