// ncursesw for Swift 6: C globals and macros that Swift cannot read directly, as functions.
#ifndef LIMBER_NCURSES_SHIM_H
#define LIMBER_NCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <curses.h>

extern int wcwidth(wchar_t);

static inline WINDOW *limber_stdscr(void) { return stdscr; }
static inline int limber_lines(void) { return LINES; }
static inline int limber_cols(void) { return COLS; }
static inline FILE *limber_stdin(void) { return stdin; }
static inline FILE *limber_stdout(void) { return stdout; }
static inline attr_t limber_a_bold(void) { return A_BOLD; }
static inline attr_t limber_a_dim(void) { return A_DIM; }
static inline attr_t limber_a_reverse(void) { return A_REVERSE; }
static inline attr_t limber_color_pair(short n) { return COLOR_PAIR(n); }

// Whether the terminal database describes `term`, without starting ncurses.
extern int tgetent(char *, const char *);
static inline int limber_terminal_is_known(const char *term) { return tgetent(NULL, term) == 1; }

#endif
