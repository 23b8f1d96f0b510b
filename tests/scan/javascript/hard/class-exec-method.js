class Access extends BaseCommand {
  async exec ([cmd, subcmd, ...args]) { // ok: CWE-78
    return this.#run(cmd, subcmd, args);
  }
}
