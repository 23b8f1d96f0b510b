  async remove(id: string, user: User) {
    await this.db.query('DELETE FROM drafts WHERE id = $1 AND owner = $2', [id, user.id]); // ok: CWE-89
    this.events.emit('draft.removed', id);
  }
}
