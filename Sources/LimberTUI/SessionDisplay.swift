/// Where a session is shown: the full screen (ncurses, or in memory for tests), or plain lines
/// (`--plain`).
public enum SessionDisplay {
    case screen(any Terminal)
    case lines(any LineTerminal)
}
