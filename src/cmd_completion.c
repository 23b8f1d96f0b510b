/* cmd_completion.c -- trilemma completion bash|zsh|fish: the shell's
 * completion script, written at run time from the table of commands
 * (cmd.h) and each command's options (struct cmd_options in its file).
 *
 * Nothing here names a flag: every option comes from the getopt table the
 * command parses with, its short form from the command's optstring, and what
 * its value is (a file, a directory, fixed words, a suite, a model spec)
 * from the cmd_optdoc of the same name. So a new flag is completed by every
 * shell once it is in its command's table. `--list` prints the tables as
 * tab-separated lines (for tests) and fails while a table and its docs
 * disagree; `--suites` prints the built-in suites' names, which the scripts
 * run when a suite is to be completed. */
#include <getopt.h>
#include "util.h"
#include "buf.h"
#include "cmd.h"
#include "suite.h"

enum { O_LIST = 256, O_SUITES };
static const struct option completion_longopts[] = {
	{ "list", no_argument, NULL, O_LIST }, { "suites", no_argument, NULL, O_SUITES },
	{ "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
};
static const struct cmd_optdoc completion_docs[] = {
	{ "list", CMD_ARG_NONE, NULL, "every option of every command, tab-separated" },
	{ "suites", CMD_ARG_NONE, NULL, "the built-in suites' names" },
	{ "help", CMD_ARG_NONE, NULL, "show the help" },
	{ NULL, 0, NULL, NULL },
};
static const struct cmd_optdoc completion_operands[] = {
	{ "SHELL", CMD_ARG_WORD, "bash zsh fish", "the shell" },
	{ NULL, 0, NULL, NULL },
};
const struct cmd_options cmd_completion_options = { "h", completion_longopts, completion_docs,
						    completion_operands };

static const char *const arg_names[] = {
	[CMD_ARG_NONE] = "none", [CMD_ARG_FILE] = "file", [CMD_ARG_DIR] = "dir",
	[CMD_ARG_WORD] = "word", [CMD_ARG_SUITE] = "suite", [CMD_ARG_MODEL] = "model",
	[CMD_ARG_NUMBER] = "number", [CMD_ARG_TEXT] = "text",
};

static void usage(FILE *f)
{
	fprintf(f,
		"usage: trilemma completion bash|zsh|fish\n"
		"       trilemma completion --list | --suites\n\n"
		"Print the shell's completion script for trilemma on stdout: the commands,\n"
		"their options, the words an option takes (--format html, --prefer smallest),\n"
		"file names where a file is wanted and the built-in suites for --suite. It is\n"
		"made from the options the commands parse, so it matches this binary. The\n"
		"Debian package and make install put the scripts where the shells look; by hand:\n"
		"  bash   source <(trilemma completion bash)            (in ~/.bashrc)\n"
		"  zsh    trilemma completion zsh > DIR/_trilemma       (DIR in $fpath)\n"
		"  fish   trilemma completion fish > ~/.config/fish/completions/trilemma.fish\n\n"
		"  --list    every option of every command, one a line: COMMAND, --LONG, -S or\n"
		"            -, the value (none, file, dir, word, suite, model, number, text)\n"
		"            and its words or -, tab-separated; exit 3 when an option has no\n"
		"            description in its command's table\n"
		"  --suites  the built-in suites' names, one a line\n");
}

/* ---- the tables ------------------------------------------------------- */

static const struct cmd_optdoc *doc_of(const struct cmd_optdoc *docs, const char *name)
{
	for (; docs && docs->name; docs++)
		if (!strcmp(docs->name, name))
			return docs;
	return NULL;
}

/* The short option of o, or 0: its val when that is a letter of the optstring. */
static int short_of(const struct cmd_options *co, const struct option *o)
{
	if (o->flag || o->val <= ' ' || o->val > '~' || o->val == ':' || o->val == '+')
		return 0;
	return strchr(co->shortopts, o->val) ? o->val : 0;
}

/* What o's value is: from its doc; without one, text when it takes a value. */
static enum cmd_arg arg_of(const struct cmd_options *co, const struct option *o)
{
	const struct cmd_optdoc *d = doc_of(co->docs, o->name);
	if (d)
		return d->arg;
	return o->has_arg == no_argument ? CMD_ARG_NONE : CMD_ARG_TEXT;
}

static const char *words_of(const struct cmd_options *co, const struct option *o)
{
	const struct cmd_optdoc *d = doc_of(co->docs, o->name);
	return d && d->words ? d->words : "";
}

static const char *help_of(const struct cmd_options *co, const struct option *o)
{
	const struct cmd_optdoc *d = doc_of(co->docs, o->name);
	return d && d->help ? d->help : "";
}

/* Does the table of c agree with its docs? Each disagreement is a line in msg. */
static void check_command(const struct cmd *c, struct buf *msg)
{
	const struct cmd_options *co = c->opts;
	for (const struct option *o = co->longopts; o->name; o++) {
		const struct cmd_optdoc *d = doc_of(co->docs, o->name);
		if (!d) {
			buf_addf(msg, "%s --%s has no cmd_optdoc (src/cmd_%s.c)\n", c->name, o->name,
				 c->name);
			continue;
		}
		if ((d->arg == CMD_ARG_NONE) != (o->has_arg == no_argument))
			buf_addf(msg, "%s --%s: its cmd_optdoc says it takes %s, getopt says %s\n",
				 c->name, o->name, d->arg == CMD_ARG_NONE ? "no value" : "a value",
				 o->has_arg == no_argument ? "none" : "one");
		if ((d->arg == CMD_ARG_WORD || d->arg == CMD_ARG_MODEL) && !(d->words && *d->words))
			buf_addf(msg, "%s --%s takes words but lists none\n", c->name, o->name);
		int s = short_of(co, o);
		if (s && (strchr(co->shortopts, s)[1] == ':') != (o->has_arg == required_argument))
			buf_addf(msg, "%s -%c and --%s disagree on taking a value\n", c->name, s,
				 o->name);
		if (!d->help || !*d->help || strpbrk(d->help, "\n\t"))
			buf_addf(msg, "%s --%s needs a one-line help\n", c->name, o->name);
	}
	for (const struct cmd_optdoc *d = co->docs; d->name; d++) {
		const struct option *o = co->longopts;
		while (o->name && strcmp(o->name, d->name))
			o++;
		if (!o->name)
			buf_addf(msg, "%s: cmd_optdoc '%s' names no option\n", c->name, d->name);
	}
	for (const char *p = co->shortopts; *p; p++) {
		if (*p == ':' || *p == '+' || *p == '-')
			continue;
		const struct option *o = co->longopts;
		while (o->name && short_of(co, o) != *p)
			o++;
		if (!o->name)
			buf_addf(msg, "%s -%c has no long option\n", c->name, *p);
	}
}

static int list_options(void)
{
	struct buf out = BUF_INIT, msg = BUF_INIT;
	for (size_t i = 0; i < cmd_count; i++) {
		const struct cmd *c = &cmd_table[i];
		for (const struct option *o = c->opts->longopts; o->name; o++) {
			char s[3] = { '-', (char)short_of(c->opts, o), '\0' };
			const char *w = words_of(c->opts, o);
			buf_addf(&out, "%s\t--%s\t%s\t%s\t%s\n", c->name, o->name, s,
				 arg_names[arg_of(c->opts, o)], *w ? w : "-");
		}
		check_command(c, &msg);
	}
	int rc = TRI_OK;
	if (buf_write_file(&out, "-") < 0) {
		fprintf(stderr, "trilemma completion: cannot write stdout: %s\n", strerror(errno));
		rc = TRI_RUNTIME;
	}
	if (msg.len) {
		fprintf(stderr, "trilemma completion: the option tables disagree with their docs:\n%s",
			msg.s);
		rc = TRI_RUNTIME;
	}
	buf_release(&out);
	buf_release(&msg);
	return rc;
}

static int list_suites(void)
{
	char **names = NULL;
	size_t n = 0;
	struct tri_err err = { 0 };
	if (suite_builtin_names(&names, &n, &err) < 0) {
		err_print("trilemma completion", &err);
		return err.code ? err.code : TRI_RUNTIME;
	}
	struct buf out = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		buf_addf(&out, "%s\n", names[i]);
		free(names[i]);
	}
	free(names);
	int rc = buf_write_file(&out, "-") < 0 ? TRI_RUNTIME : TRI_OK;
	buf_release(&out);
	return rc;
}

/* ---- quoting ---------------------------------------------------------- */

/* s in single quotes for sh, bash and zsh. */
static void add_sq(struct buf *b, const char *s)
{
	buf_addc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			buf_adds(b, "'\\''");
		else
			buf_addc(b, *s);
	}
	buf_addc(b, '\'');
}

/* s in single quotes for fish, where \ and ' are escaped inside them. */
static void add_fish_sq(struct buf *b, const char *s)
{
	buf_addc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'' || *s == '\\')
			buf_addc(b, '\\');
		buf_addc(b, *s);
	}
	buf_addc(b, '\'');
}

/* s for a zsh _arguments description ([...] or NAME:DESC): \ before []: */
static void add_zdesc(struct buf *b, const char *s)
{
	for (; *s; s++) {
		if (strchr("[]:\\", *s))
			buf_addc(b, '\\');
		buf_addc(b, *s);
	}
}

/* ---- bash ------------------------------------------------------------- */

/* The options of c as bash words: all of them, or those that take a value. */
static void bash_opts(struct buf *b, const struct cmd_options *co, int valued)
{
	struct buf w = BUF_INIT;
	for (const struct option *o = co->longopts; o->name; o++) {
		if (valued && o->has_arg == no_argument)
			continue;
		int s = short_of(co, o);
		buf_addf(&w, "%s--%s", w.len ? " " : "", o->name);
		if (s)
			buf_addf(&w, " -%c", s);
	}
	add_sq(b, w.s);
	buf_release(&w);
}

/* bash: PREFIXkind=K PREFIXwords=W for a value of kind k. */
static void bash_kind(struct buf *b, const char *prefix, enum cmd_arg k, const char *words)
{
	buf_addf(b, "%skind=%s", prefix, arg_names[k]);
	if (words && *words) {
		buf_addf(b, " %swords=", prefix);
		add_sq(b, words);
	}
}

/* The values that the word after each option of c takes, and its operands. */
static void bash_values(struct buf *b, const struct cmd *c)
{
	const struct cmd_options *co = c->opts;
	buf_addf(b, "\t%s)\n\t\tcase $prev in\n", c->name);
	for (const struct option *o = co->longopts; o->name; o++) {
		if (o->has_arg == no_argument)
			continue;
		int s = short_of(co, o);
		buf_addf(b, "\t\t--%s", o->name);
		if (s)
			buf_addf(b, "|-%c", s);
		buf_adds(b, ") ");
		bash_kind(b, "", arg_of(co, o), words_of(co, o));
		buf_addf(b, " need=%d ;;\n", o->has_arg == required_argument ? 1 : 2);
	}
	buf_adds(b, "\t\tesac\n");
	if (co->operands && co->operands[0].name) {
		buf_adds(b, "\t\tcase $n in\n");
		for (size_t i = 0; co->operands[i].name; i++) {
			const struct cmd_optdoc *d = &co->operands[i];
			if (d[1].name)
				buf_addf(b, "\t\t%zu) ", i);
			else
				buf_adds(b, "\t\t*) ");
			bash_kind(b, "o", d->arg, d->words);
			buf_adds(b, " ;;\n");
		}
		buf_adds(b, "\t\tesac\n");
	}
	buf_adds(b, "\t\t;;\n");
}

static void gen_bash(struct buf *b)
{
	buf_adds(b,
		"# bash completion for trilemma, written by `trilemma completion bash` from\n"
		"# the options the commands parse. Install it as\n"
		"# share/bash-completion/completions/trilemma, or: source <(trilemma completion bash)\n\n"
		"# _trilemma_value KIND WORDS CUR PROG -- COMPREPLY for a value of KIND\n"
		"_trilemma_value() {\n"
		"\tlocal p ws=\n"
		"\tcase $1 in\n"
		"\tfile) compopt -o filenames 2>/dev/null\n"
		"\t\tmapfile -t COMPREPLY < <(compgen -f -- \"$3\") ;;\n"
		"\tdir) compopt -o filenames 2>/dev/null\n"
		"\t\tmapfile -t COMPREPLY < <(compgen -d -- \"$3\") ;;\n"
		"\tword) mapfile -t COMPREPLY < <(compgen -W \"$2\" -- \"$3\") ;;\n"
		"\tsuite) compopt -o filenames 2>/dev/null\n"
		"\t\tmapfile -t COMPREPLY < <(compgen -W \"$(\"$4\" completion --suites 2>/dev/null)\" \\\n"
		"\t\t\t-- \"$3\"; compgen -f -- \"$3\") ;;\n"
		"\tmodel) compopt -o nospace 2>/dev/null\n"
		"\t\tfor p in $2; do ws=\"$ws $p:\"; done\n"
		"\t\tmapfile -t COMPREPLY < <(compgen -W \"$ws\" -- \"$3\") ;;\n"
		"\t*) COMPREPLY=() ;;\n"
		"\tesac\n"
		"}\n\n"
		"_trilemma() {\n"
		"\tlocal cur=${COMP_WORDS[COMP_CWORD]} prev= cmd w i n=0 skip=0\n"
		"\tlocal opts= vals= kind= words= need=0 okind= owords=\n"
		"\t((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD-1]}\n"
		"\t# --opt=value: bash splits the word at '=' (COMP_WORDBREAKS), or not\n"
		"\tif [[ $cur == = ]]; then\n"
		"\t\tcur=\n"
		"\telif [[ $prev == = ]] && ((COMP_CWORD > 1)); then\n"
		"\t\tprev=${COMP_WORDS[COMP_CWORD-2]}\n"
		"\telif [[ $cur == --*=* ]]; then\n"
		"\t\tprev=${cur%%=*} cur=${cur#*=}\n"
		"\tfi\n"
		"\tCOMPREPLY=()\n"
		"\tif ((COMP_CWORD <= 1)); then\n"
		"\t\tmapfile -t COMPREPLY < <(compgen -W ");
	struct buf names = BUF_INIT;
	for (size_t i = 0; i < cmd_count; i++)
		buf_addf(&names, "%s ", cmd_table[i].name);
	buf_adds(&names, "--help --version");
	add_sq(b, names.s);
	buf_release(&names);
	buf_adds(b,
		" -- \"$cur\")\n"
		"\t\treturn 0\n"
		"\tfi\n"
		"\tcmd=${COMP_WORDS[1]}\n"
		"\t# every option, and those whose value may be the next word\n"
		"\tcase $cmd in\n");
	for (size_t i = 0; i < cmd_count; i++) {
		buf_addf(b, "\t%s) opts=", cmd_table[i].name);
		bash_opts(b, cmd_table[i].opts, 0);
		buf_adds(b, " vals=");
		bash_opts(b, cmd_table[i].opts, 1);
		buf_adds(b, " ;;\n");
	}
	buf_adds(b,
		"\t*) return 0 ;;\n"
		"\tesac\n"
		"\t# n: the operands before this word (neither options nor their values)\n"
		"\tfor ((i = 2; i < COMP_CWORD; i++)); do\n"
		"\t\tw=${COMP_WORDS[i]}\n"
		"\t\tif [[ $w == = ]]; then skip=1; continue; fi\n"
		"\t\tif ((skip)); then skip=0; continue; fi\n"
		"\t\tcase $w in\n"
		"\t\t-*) [[ \" $vals \" == *\" $w \"* ]] && skip=1 ;;\n"
		"\t\t*) ((n++)) ;;\n"
		"\t\tesac\n"
		"\tdone\n"
		"\t# what the word after $prev is, and what operand n is\n"
		"\tcase $cmd in\n");
	for (size_t i = 0; i < cmd_count; i++)
		bash_values(b, &cmd_table[i]);
	buf_adds(b,
		"\tesac\n"
		"\tif ((need == 1)) || { ((need == 2)) && [[ $cur != -* ]]; }; then\n"
		"\t\t_trilemma_value \"$kind\" \"$words\" \"$cur\" \"${COMP_WORDS[0]}\"\n"
		"\telif [[ $cur != -* && -n $okind ]]; then\n"
		"\t\t_trilemma_value \"$okind\" \"$owords\" \"$cur\" \"${COMP_WORDS[0]}\"\n"
		"\telse\n"
		"\t\tmapfile -t COMPREPLY < <(compgen -W \"$opts\" -- \"$cur\")\n"
		"\tfi\n"
		"\treturn 0\n"
		"}\n"
		"complete -F _trilemma trilemma\n");
}

/* ---- zsh -------------------------------------------------------------- */

/* The _arguments action for a value of kind k. */
static void zsh_action(struct buf *b, enum cmd_arg k, const char *words)
{
	switch (k) {
	case CMD_ARG_FILE: buf_adds(b, "_files"); break;
	case CMD_ARG_DIR: buf_adds(b, "_files -/"); break;
	case CMD_ARG_WORD: buf_addf(b, "(%s)", words ? words : ""); break;
	case CMD_ARG_SUITE: buf_adds(b, "_trilemma_suites"); break;
	case CMD_ARG_MODEL: buf_addf(b, "_trilemma_model %s", words ? words : ""); break;
	default: buf_adds(b, " "); break;
	}
}

/* One _arguments spec for option o of co, as -c or --long (dash = 1 or 2). */
static void zsh_spec(struct buf *b, const struct cmd_options *co, const struct option *o,
		     int s)
{
	struct buf spec = BUF_INIT;
	if (s)
		buf_addf(&spec, "*-%c", s);
	else
		buf_addf(&spec, "*--%s", o->name);
	if (o->has_arg == required_argument)
		buf_adds(&spec, s ? "+" : "=");
	else if (o->has_arg == optional_argument)
		buf_adds(&spec, s ? "" : "=-");
	buf_addc(&spec, '[');
	add_zdesc(&spec, help_of(co, o));
	buf_addc(&spec, ']');
	if (o->has_arg != no_argument) {
		buf_addf(&spec, ":%s:", o->name);
		zsh_action(&spec, arg_of(co, o), words_of(co, o));
	}
	buf_adds(b, " \\\n\t\t\t");
	add_sq(b, spec.s);
	buf_release(&spec);
}

static void zsh_command(struct buf *b, const struct cmd *c)
{
	const struct cmd_options *co = c->opts;
	buf_addf(b, "\t\t%s)\n\t\t\t_arguments -S", c->name);
	for (const struct option *o = co->longopts; o->name; o++) {
		zsh_spec(b, co, o, 0);
		if (short_of(co, o))
			zsh_spec(b, co, o, short_of(co, o));
	}
	for (size_t i = 0; co->operands && co->operands[i].name; i++) {
		const struct cmd_optdoc *d = &co->operands[i];
		struct buf spec = BUF_INIT;
		if (d[1].name)
			buf_addf(&spec, "%zu:", i + 1);
		else
			buf_adds(&spec, "*:");
		add_zdesc(&spec, d->help);
		buf_addc(&spec, ':');
		zsh_action(&spec, d->arg, d->words);
		buf_adds(b, " \\\n\t\t\t");
		add_sq(b, spec.s);
		buf_release(&spec);
	}
	buf_adds(b, " && ret=0\n\t\t\t;;\n");
}

static void gen_zsh(struct buf *b)
{
	buf_adds(b,
		"#compdef trilemma\n"
		"# zsh completion for trilemma, written by `trilemma completion zsh` from the\n"
		"# options the commands parse. Install it as _trilemma in a directory of $fpath.\n\n"
		"_trilemma_suites() {\n"
		"\tlocal -a suites\n"
		"\tsuites=( ${(f)\"$($_trilemma_prog completion --suites 2>/dev/null)\"} )\n"
		"\t_alternative 'suites:built-in suite:compadd -a suites' 'files:suite file:_files'\n"
		"}\n\n"
		"_trilemma_model() {\n"
		"\tlocal -a providers\n"
		"\tproviders=( ${^@}: )\n"
		"\tcompadd -S '' -a providers\n"
		"}\n\n"
		"_trilemma() {\n"
		"\tlocal curcontext=$curcontext state state_descr line ret=1\n"
		"\tlocal _trilemma_prog=$words[1]\n"
		"\ttypeset -A opt_args\n"
		"\t_arguments -C '(- :)--help[show the help]' '(- :)--version[print the version]' \\\n"
		"\t\t'1:command:->command' '*::argument:->argument' && ret=0\n"
		"\tcase $state in\n"
		"\tcommand)\n"
		"\t\tlocal -a commands\n"
		"\t\tcommands=(");
	for (size_t i = 0; i < cmd_count; i++) {
		struct buf e = BUF_INIT;
		buf_addf(&e, "%s:", cmd_table[i].name);
		add_zdesc(&e, cmd_table[i].help);
		buf_adds(b, "\n\t\t\t");
		add_sq(b, e.s);
		buf_release(&e);
	}
	buf_adds(b,
		"\n\t\t)\n"
		"\t\t_describe -t commands 'trilemma command' commands && ret=0\n"
		"\t\t;;\n"
		"\targument)\n"
		"\t\tcurcontext=${curcontext%:*:*}:trilemma-$words[1]:\n"
		"\t\tcase $words[1] in\n");
	for (size_t i = 0; i < cmd_count; i++)
		zsh_command(b, &cmd_table[i]);
	buf_adds(b,
		"\t\tesac\n"
		"\t\t;;\n"
		"\tesac\n"
		"\treturn ret\n"
		"}\n\n"
		"_trilemma \"$@\"\n");
}

/* ---- fish ------------------------------------------------------------- */

/* fish: what follows -r/-x for a value of kind k. */
static void fish_value(struct buf *b, enum cmd_arg k, const char *words)
{
	switch (k) {
	case CMD_ARG_FILE: buf_adds(b, " -r -F"); break;
	case CMD_ARG_DIR: buf_adds(b, " -x -a '(__fish_complete_directories (commandline -ct))'"); break;
	case CMD_ARG_WORD:
		buf_adds(b, " -x -a ");
		add_fish_sq(b, words ? words : "");
		break;
	case CMD_ARG_SUITE:
		buf_adds(b, " -r -F -a '(__fish_trilemma_suites)'");
		break;
	case CMD_ARG_MODEL: {
		struct buf w = BUF_INIT;
		for (const char *p = words ? words : ""; *p; p++) {
			if (*p == ' ')
				buf_addc(&w, ':');
			buf_addc(&w, *p);
		}
		if (w.len)
			buf_addc(&w, ':');
		buf_adds(b, " -x -a ");
		add_fish_sq(b, w.s);
		buf_release(&w);
		break;
	}
	default: buf_adds(b, " -x"); break;
	}
}

static void fish_command(struct buf *b, const struct cmd *c)
{
	const struct cmd_options *co = c->opts;
	buf_addf(b, "\n# %s\n", c->name);
	for (const struct option *o = co->longopts; o->name; o++) {
		int s = short_of(co, o);
		buf_addf(b, "complete -c trilemma -n '__fish_seen_subcommand_from %s'", c->name);
		if (s)
			buf_addf(b, " -s %c", s);
		buf_addf(b, " -l %s", o->name);
		if (o->has_arg == required_argument)
			fish_value(b, arg_of(co, o), words_of(co, o));
		buf_adds(b, " -d ");
		add_fish_sq(b, help_of(co, o));
		buf_addc(b, '\n');
	}
	/* operands: the first one's words until one is given, then the others */
	const struct cmd_optdoc *first = co->operands && co->operands[0].name ? co->operands : NULL;
	for (size_t i = 0; first && first[i].name; i++) {
		const struct cmd_optdoc *d = &first[i];
		if (d->arg == CMD_ARG_NUMBER || d->arg == CMD_ARG_TEXT)
			continue;
		struct buf cond = BUF_INIT;
		buf_addf(&cond, "__fish_seen_subcommand_from %s", c->name);
		if (first[0].arg == CMD_ARG_WORD && first[0].words)
			buf_addf(&cond, "; and %s__fish_seen_subcommand_from %s", i ? "" : "not ",
				 first[0].words);
		buf_adds(b, "complete -c trilemma -n ");
		add_fish_sq(b, cond.s);
		struct buf v = BUF_INIT;
		fish_value(&v, d->arg, d->words);
		/* an operand is not an option's value: drop -r and -x, keep -F and -a */
		const char *p = v.s;
		if (!strncmp(p, " -r", 3) || !strncmp(p, " -x", 3))
			p += 3;
		buf_adds(b, p);
		if (d->arg == CMD_ARG_WORD || d->arg == CMD_ARG_MODEL)
			buf_adds(b, " -f");
		buf_adds(b, " -d ");
		add_fish_sq(b, d->help);
		buf_addc(b, '\n');
		buf_release(&v);
		buf_release(&cond);
	}
}

static void gen_fish(struct buf *b)
{
	buf_adds(b,
		"# fish completion for trilemma, written by `trilemma completion fish` from the\n"
		"# options the commands parse. Install it as\n"
		"# ~/.config/fish/completions/trilemma.fish (or share/fish/vendor_completions.d).\n\n"
		"function __fish_trilemma_suites\n"
		"\tset -l prog (commandline -opc)[1]\n"
		"\t$prog completion --suites 2>/dev/null\n"
		"end\n\n"
		"complete -c trilemma -f\n"
		"complete -c trilemma -n __fish_use_subcommand -l help -d 'show the help'\n"
		"complete -c trilemma -n __fish_use_subcommand -l version -d 'print the version'\n");
	for (size_t i = 0; i < cmd_count; i++) {
		buf_addf(b, "complete -c trilemma -n __fish_use_subcommand -a %s -d ",
			 cmd_table[i].name);
		add_fish_sq(b, cmd_table[i].help);
		buf_addc(b, '\n');
	}
	for (size_t i = 0; i < cmd_count; i++)
		fish_command(b, &cmd_table[i]);
}

/* ---- the command ------------------------------------------------------ */

static const struct {
	const char *name;
	void (*gen)(struct buf *);
} shells[] = {
	{ "bash", gen_bash }, { "zsh", gen_zsh }, { "fish", gen_fish },
};

int cmd_completion(int argc, char **argv)
{
	int opt, list = 0, suites = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, cmd_completion_options.shortopts,
				  completion_longopts, NULL)) != -1) {
		switch (opt) {
		case O_LIST: list = 1; break;
		case O_SUITES: suites = 1; break;
		case 'h': usage(stdout); return TRI_OK;
		default: usage(stderr); return TRI_USAGE;
		}
	}
	int n = argc - optind;
	if (list + suites + (n > 0) != 1 || n > 1) {
		fprintf(stderr, "trilemma completion: name one shell (bash, zsh or fish), or "
			"--list or --suites alone\n");
		return TRI_USAGE;
	}
	if (list)
		return list_options();
	if (suites)
		return list_suites();
	for (size_t i = 0; i < ARRAY_LEN(shells); i++) {
		if (strcmp(argv[optind], shells[i].name))
			continue;
		struct buf out = BUF_INIT;
		shells[i].gen(&out);
		int rc = TRI_OK;
		if (buf_write_file(&out, "-") < 0) {
			fprintf(stderr, "trilemma completion: cannot write stdout: %s\n",
				strerror(errno));
			rc = TRI_RUNTIME;
		}
		buf_release(&out);
		return rc;
	}
	fprintf(stderr, "trilemma completion: unknown shell '%s' (bash, zsh or fish)\n",
		argv[optind]);
	return TRI_USAGE;
}
