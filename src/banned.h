/* banned.h -- functions that cannot be used safely, poisoned at compile time.
 *
 * Included by util.h, so by every module. A tool that flags these in other
 * people's code must not use them itself: use struct buf, snprintf with a
 * checked result, or strtol/strtod with an end pointer instead. */
#ifndef TRI_BANNED_H
#define TRI_BANNED_H

#define BANNED(fn) sorry_##fn##_is_a_banned_function

#undef strcpy
#define strcpy(x, y) BANNED(strcpy)
#undef strcat
#define strcat(x, y) BANNED(strcat)
#undef strncpy
#define strncpy(x, y, n) BANNED(strncpy)
#undef strncat
#define strncat(x, y, n) BANNED(strncat)
#undef sprintf
#define sprintf(...) BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) BANNED(vsprintf)
#undef gets
#define gets(x) BANNED(gets)
#undef strtok
#define strtok(x, y) BANNED(strtok)
#undef atoi
#define atoi(x) BANNED(atoi)
#undef atol
#define atol(x) BANNED(atol)
#undef atof
#define atof(x) BANNED(atof)

#endif
