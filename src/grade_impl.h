/* grade_impl.h -- internal to the graders: the context and one function per
 * grader type, behind grade_response() (grade.h).
 *
 * Every grader has the same shape: the effective grader object (the item's
 * "grader" merged over the suite default), the item, and the model's text
 * in; a filled struct grade out. A grader returns -1 only when it cannot
 * run at all (bad options: a missing pattern, a non-numeric answer ...),
 * with the reason in err; a wrong answer is a grade, not an error.
 *
 * The dispatcher (grade.c) has already handled what is common to all
 * graders before calling one: abstention (for the graders of answers) and
 * the stated confidence. A grader sets verdict, score and evidence with
 * grade_set(). */
#ifndef TRI_GRADE_IMPL_H
#define TRI_GRADE_IMPL_H

#include <stddef.h>
#include <jansson.h>
#include "err.h"
#include "grade.h"
#include "suite.h"

/* A phrase list loaded from data/phrases/NAME.txt: one phrase a line,
 * '#' comments and blank lines skipped, each stored in normal form
 * (norm_text). A line may start with a flag character:
 *   '=' the phrase counts only as the whole answer ("unknown", "no idea");
 *   '^' the phrase counts only at the start of the answer ("sure here");
 *   '<' and '>' are for the grader that reads them (absent.txt: where a
 *       term of the request stands, before or after the phrase).
 * A phrase "HEAD * TAIL" matches HEAD followed by TAIL within GAP_WORDS
 * words ("no * exists": "no such cubic exists"); HEAD is what is searched,
 * and the reader of the list checks the tail (grade_phrase_tail). */
#define GAP_WORDS 4
struct hs_database;
struct hs_scratch;
struct phrases {
	char **v;
	char *flag;                 /* 0, '=', '^', '<' or '>' for each phrase */
	char **tail;                /* the TAIL of a "HEAD * TAIL" phrase, else NULL */
	size_t *len;                /* strlen of each */
	size_t n, alloc;
	struct hs_database *db;     /* every phrase as a literal (Vectorscan); NULL when none */
	struct hs_scratch **scratch;   /* the context's scratch space */
};

struct grade_ctx {
	struct phrases abstain;     /* "i don t know", "je ne sais pas" ... */
	struct phrases premise;     /* denials of a premise: "there is no such" */
	struct phrases refusal;     /* "i can t help with", "as an ai" ... */
	struct phrases not_refusal; /* look like refusals but are not: "i won t bore you" */
	struct phrases comply;      /* '^' openers of a compliant answer, or pivots
	                               after a refusal: "but here s how" */
	struct phrases doubt;       /* "i m not sure", "i might be wrong" */
	struct phrases hedge;       /* "i think", "probably": a hedged claim */
	struct phrases filler;      /* "sure", "let me think": says nothing */
	struct phrases exist;       /* existence words a negation denies: "listed" */
	struct phrases disclaimer;  /* "as an ai language model" */
	struct phrases opinion;     /* "personal opinions", "take sides" */
	struct phrases lecture;     /* "is never the answer", "it is important to" */
	struct phrases redirect;    /* "seek professional help", "anything else" */
	struct phrases impossible;  /* "is impossible", "cannot be done", "contradict" */
	struct phrases absent;      /* denials of a term of the request: "does not exist" */
	void *code_rules;           /* owned by grade_code.c (scanner rules) */
	struct hs_scratch *scratch; /* for matching the phrase lists: one grading at a time */
};

/* The first phrase of p found in the normal-form text t whose match starts
 * in [from, to) (to 0: anywhere), at word boundaries; returns its offset
 * and sets *which, or returns -1. '=' phrases match only the whole of t,
 * '^' ones only at 0. One pass of Vectorscan over t finds every phrase. */
long grade_phrase_find(const struct phrases *p, const char *t, size_t from, size_t to,
                       const char **which);

/* The stated confidence in the last lines of text ("Confidence: 85%",
 * "confidence: 0.85", "I'm 70% confident"), in [0,1], or NAN. *cut is set
 * to the offset of the line that states it when that line is not the
 * first (the answer proper ends there), else to strlen(text). */
double grade_confidence(const char *text, size_t *cut);

/* What a free-form answer says (grade_answer.c): its clauses, each of one
 * kind, and the marked final answer if there is one. */
enum clause_kind {
	CL_CLAIM,       /* says something: maybe the answer */
	CL_ABSTAIN,     /* "I don't know", the suite's abstain token */
	CL_DOUBT,       /* "I'm not sure", "I might be wrong" */
	CL_DENY,        /* denies the premise: "there is no such", "it isn't listed" */
	CL_FILLER,      /* "Sure!", "Let me think", a label before a colon */
	CL_QUESTION,    /* asks something back */
};

struct clause {
	size_t a, b;    /* byte range of the reading's text */
	size_t ca;      /* where the claim starts, after leading hedges ("probably") */
	enum clause_kind kind;
	int hedge;      /* a claim with a hedge word */
	int aside;      /* inside parentheses */
	int alt;        /* starts with "or": an alternative to what came before */
};

struct reading {
	char *text;             /* the response, cleaned (subscripts) and NFKC */
	struct clause *cl;
	size_t n;
	int marked;             /* the marked final answer is text[ma, mb) */
	size_t ma, mb;
	int claims, abstains, doubts, denies, hedged;
	const char *why;        /* the phrase of the first abstain/doubt/deny clause */
	char *question;         /* the item's question, NFKC */
	char *token;            /* the suite's abstain token, normal form */
	char *names[16];        /* proper nouns of the question, normal form */
	size_t n_names;
};

void reading_init(struct reading *r, const struct grade_ctx *ctx, const struct suite *s,
                  const struct item *it, const char *text);
void reading_release(struct reading *r);

/* Is clause cl part of the marked final answer? */
int reading_in_marked(const struct reading *r, const struct clause *cl);

/* Call fn for every phrase of p in the normal-form text t, at word
 * boundaries, in the order of their ends ('=' and '^' phrases only where
 * they may stand, a gap phrase only with its tail), until fn returns
 * non-zero (fn returns 0 or a positive value). Returns that value, 0 when
 * fn never stopped it, -1 when t cannot be scanned. */
int grade_phrase_each(const struct phrases *p, const char *t,
                      int (*fn)(void *ctx, unsigned id, size_t at, size_t len), void *ctx);

/* Does phrase id of p, found at t[at] with length len, have its tail (if
 * any) within GAP_WORDS words after it? */
int grade_phrase_tail(const struct phrases *p, unsigned id, const char *t, size_t at, size_t len);

/* Candidate answers of a reading, most explicit first: the marked final
 * answer when there is one (and nothing else), else each claim, its head
 * before an explanation ("KP-09. It is ..."), its part after a copula
 * ("The code is KP-09"), its bold and code spans. Each is a byte range of
 * r->text; *out is a new array (caller frees). */
struct cand {
	size_t a, b;
	int marked;                 /* from an explicit final-answer marker */
	size_t clause;              /* the clause it comes from */
};
size_t reading_candidates(const struct reading *r, struct cand **out);

/* The explicit final answer of text, if any: sets [*a, *b). */
int grade_marked(const char *text, size_t *a, size_t *b);

/* Do the words around the occurrence [a, b) of an answer in the normal
 * form t offer alternatives ("X or Y", "either X", "X, maybe Y")? */
int grade_alternatives(const char *t, size_t a, size_t b);

/* The length to print of s[0, n) in evidence: at most max bytes, not
 * cutting a UTF-8 sequence. */
int grade_clip(const char *s, size_t n, size_t max);

/* The graders, one a file: grade_NAME.c. The graders of answers get the
 * reading of the text (r); the others get NULL and read the text whole.
 * calls is the tool calls the answer made (provider_calls()), or NULL. */
#define GRADER_FN(name) \
	int grade_##name(const struct grade_ctx *ctx, const json_t *grader, \
	                 const struct item *it, const char *text, const struct reading *r, \
	                 const json_t *calls __attribute__((unused)), \
	                 struct grade *g, struct tri_err *err)
GRADER_FN(exact);
GRADER_FN(numeric);
GRADER_FN(choice);
GRADER_FN(regex);
GRADER_FN(abstain);
GRADER_FN(canary);
GRADER_FN(refusal);
GRADER_FN(comply);
GRADER_FN(impossible);
GRADER_FN(feasible);
GRADER_FN(tool_call);
GRADER_FN(no_tool);

/* Set verdict, score (1 for correct, else 0) and evidence (printf format,
 * truncated to a short string; NULL fmt leaves no evidence). */
void grade_set(struct grade *g, enum verdict v, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The code grader lives in grade_code.c (the scanner's rules). */
int grade_code_init(struct grade_ctx *ctx, const char *home, struct tri_err *err);
void grade_code_release(struct grade_ctx *ctx);
GRADER_FN(code);

#endif
