// Giving the terminal back after a crash, written in C because a signal handler may only do
// async-signal-safe work: no allocation, no locks, nothing the Swift runtime might need.
#ifndef LIMBER_CRASH_RESCUE_H
#define LIMBER_CRASH_RESCUE_H

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// Storage inside functions: Swift emits the bodies of a header's static functions, but not its
// static variables.
static inline struct termios *limber_saved_termios(void) {
    static struct termios saved;
    return &saved;
}
static inline struct sigaction *limber_previous_action(int signal) {
    static struct sigaction previous[NSIG];
    return &previous[signal];
}
static const int limber_crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
#define LIMBER_CRASH_SIGNAL_COUNT (sizeof limber_crash_signals / sizeof limber_crash_signals[0])

// Puts the saved terminal settings back, leaves the alternate screen and shows the cursor
// (xterm's sequences, which every terminal Limber draws on understands), then hands the signal,
// with its original details, to the handler there was before (the Swift runtime's backtracer),
// or lets the default end the process.
static void limber_crash_handler(int signal, siginfo_t *info, void *context) {
    static const char reset[] = "\033[?1049l\033[0m\033[?25h\r\n";
    tcsetattr(STDIN_FILENO, TCSANOW, limber_saved_termios());
    ssize_t written = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)written;
    struct sigaction *previous = limber_previous_action(signal);
    sigaction(signal, previous, NULL);
    if ((previous->sa_flags & SA_SIGINFO) && previous->sa_sigaction != NULL) {
        previous->sa_sigaction(signal, info, context);
    } else if (!(previous->sa_flags & SA_SIGINFO) && previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
        previous->sa_handler(signal);
    } else {
        // The default action: a fault recurs when the instruction runs again; a signal that
        // was sent is raised again, and delivered once this handler returns.
        raise(signal);
    }
}

// Saves the terminal's settings; call before ncurses changes them.
static inline void limber_crash_rescue_install(void) {
    tcgetattr(STDIN_FILENO, limber_saved_termios());
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = limber_crash_handler;
    sigemptyset(&action.sa_mask);
    // On the alternate signal stack when there is one, so a stack overflow is rescued too.
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    for (unsigned i = 0; i < LIMBER_CRASH_SIGNAL_COUNT; i++) {
        sigaction(limber_crash_signals[i], &action, limber_previous_action(limber_crash_signals[i]));
    }
}

// Once the terminal is given back normally, a crash needs nothing from us.
static inline void limber_crash_rescue_uninstall(void) {
    for (unsigned i = 0; i < LIMBER_CRASH_SIGNAL_COUNT; i++) {
        sigaction(limber_crash_signals[i], limber_previous_action(limber_crash_signals[i]), NULL);
    }
}

#endif
