import CNcurses
import Foundation

/// The real terminal, through ncursesw: the user's locale, colours on the default background
/// (none under NO_COLOR), the cursor hidden. ncurses sends only the cells that changed.
public final class NcursesTerminal: Terminal {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal(String)

        public var description: String {
            switch self {
            case .notATerminal(let why): "\(why) Use --plain to follow the session as plain lines."
            }
        }
    }

    private let screen: OpaquePointer
    public let glyphs: Glyphs
    private var colours = false
    private var isOpen = true

    /// Throws, saying why, when there is no terminal to draw on: checked before anything is
    /// written to the log, so a refused start leaves no trace.
    public static func checkAvailable() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw StartError.notATerminal("Limber needs a terminal for its screen, and input or output is not one.")
        }
        let term = ProcessEnvironment.current["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else {
            throw StartError.notATerminal("TERM is \(term.isEmpty ? "not set" : "'dumb'"), so Limber cannot draw its screen.")
        }
        guard limber_terminal_is_known(term) != 0 else {
            throw StartError.notATerminal("The terminal type '\(term)' is not known to ncurses.")
        }
    }

    /// Starts ncurses on the controlling terminal, or explains why it cannot.
    public init() throws {
        try Self.checkAvailable()
        let term = ProcessEnvironment.current["TERM"] ?? ""
        // Once, here: a locale without UTF-8 (LANG=C) gets every screen in ASCII.
        glyphs = Glyphs.ofLocale()
        // A crash must not leave the shell without echo: see crash_rescue.h.
        limber_crash_rescue_install()
        // newterm, unlike initscr, returns nil instead of exiting the process on failure.
        guard let screen = newterm(nil, limber_stdout(), limber_stdin()) else {
            limber_crash_rescue_uninstall()
            throw StartError.notATerminal("The terminal type '\(term)' is not known to ncurses.")
        }
        self.screen = screen
        cbreak()
        noecho()
        keypad(limber_stdscr(), true)
        curs_set(0)
        // Never poll stdin for typeahead in the middle of a refresh: a frame is small, and the
        // poll is most of the kernel time of an idle second.
        typeahead(-1)
        // NO_COLOR counts only when set to something (no-color.org).
        if (ProcessEnvironment.current["NO_COLOR"] ?? "").isEmpty, has_colors() {
            start_color()
            use_default_colors()
            init_pair(1, Int16(COLOR_CYAN), -1)
            init_pair(2, Int16(COLOR_YELLOW), -1)
            colours = true
        }
    }

    deinit {
        close()
    }

    /// Gives the terminal back as it was; safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        endwin()
        delscreen(screen)
        limber_crash_rescue_uninstall()
    }

    public var size: (width: Int, height: Int) {
        (Int(limber_cols()), Int(limber_lines()))
    }

    public func draw(_ buffer: CellBuffer) {
        erase()
        for y in 0..<buffer.height {
            var x = 0
            while x < buffer.width {
                // Write runs of one style at once, gathered as UTF-8 (appending Characters to a
                // String cost a third of the first frame's drawing).
                let style = buffer[x, y].style
                var run: [UInt8] = []
                run.reserveCapacity(buffer.width)
                var start = x
                while x < buffer.width, buffer[x, y].style == style {
                    // One byte, ASCII, taken as it is (`asciiValue` compares with "\r\n" first).
                    let utf8 = buffer[x, y].character.utf8
                    if utf8.count == 1, let byte = utf8.first {
                        if byte != 0 { run.append(byte) }
                    } else {
                        run += utf8
                    }
                    x += 1
                }
                // The screen is blank after erase(): a plain run's spaces at either end are left
                // as they are (each cell written cost ncurses some 270 instructions; a question's
                // screen is mostly blank).
                if style == .plain {
                    let leading = run.prefix { $0 == UInt8(ascii: " ") }.count
                    let trailing = run.dropFirst(leading).reversed().prefix { $0 == UInt8(ascii: " ") }.count
                    start += leading
                    run = Array(run[leading..<(run.count - trailing)])
                }
                guard !run.isEmpty else { continue }
                let attributes = attributes(for: style)
                attron(Int32(bitPattern: UInt32(truncatingIfNeeded: attributes)))
                // A screen drawn without this terminal's glyphs still reaches it in them.
                mvaddstr(Int32(y), Int32(start), glyphs.drawable(String(decoding: run, as: UTF8.self)))
                attroff(Int32(bitPattern: UInt32(truncatingIfNeeded: attributes)))
            }
        }
        refresh()
    }

    private func attributes(for style: CellBuffer.Style) -> attr_t {
        switch style {
        case .plain: 0
        case .bold: limber_a_bold()
        case .dim: limber_a_dim()
        case .inverse: limber_a_reverse()
        case .accent: colours ? limber_color_pair(1) | limber_a_bold() : limber_a_bold()
        case .warning: colours ? limber_color_pair(2) | limber_a_bold() : limber_a_reverse()
        }
    }

    public func readKey(timeoutMilliseconds: Int?) -> Key? {
        timeout(Int32(timeoutMilliseconds.map { max(0, min($0, Int(Int32.max))) } ?? -1))
        var wide: wint_t = 0
        let kind = get_wch(&wide)
        if kind == ERR { return nil }
        if kind == KEY_CODE_YES {
            switch Int32(wide) {
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_ENTER: return .enter
            case KEY_BACKSPACE: return .backspace
            case KEY_RESIZE: return .resize
            default: return nil
            }
        }
        switch wide {
        case 10, 13: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        default: return Unicode.Scalar(UInt32(wide)).map { .character(Character($0)) }
        }
    }

    public func ringBell() {
        beep()
    }

    /// What ncurses' own Ctrl-Z handler would do, which Limber replaces so that the session can
    /// pause first: the shell's terminal back, stopped until `fg`, then the screen as it was.
    public func suspend() {
        endwin()
        raise(SIGSTOP)
        refresh()
    }
}
