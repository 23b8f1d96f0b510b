async function deleteNote(db, noteId, ownerId) {
  const q = `DELETE FROM notes WHERE id = ${noteId} AND owner_id = ${ownerId}`; // expect: CWE-89
  await db.run(q);
}
