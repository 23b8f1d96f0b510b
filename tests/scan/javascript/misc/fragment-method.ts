  async remove(id: string, user: User) {
    await this.db.query(`DELETE FROM drafts WHERE id = '${id}' AND owner = '${user.id}'`); // expect: CWE-89
    this.events.emit('draft.removed', id);
  }
}
