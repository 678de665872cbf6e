/// The seam between Limber and a real terminal: draw a buffer, read a key, ring the bell.
public protocol Terminal: AnyObject {
    /// Columns and rows now.
    var size: (width: Int, height: Int) { get }
    /// What it can show, decided from the locale when it starts.
    var glyphs: Glyphs { get }
    func draw(_ buffer: CellBuffer)
    /// Waits up to `milliseconds` (forever when nil) for a key.
    func readKey(timeoutMilliseconds: Int?) -> Key?
    func ringBell()
    /// Gives the terminal back and stops the process until it is continued (Ctrl-Z, then
    /// `fg`); the screen is drawn again by the caller.
    func suspend()
}

/// A key press, named by what Limber does with it.
public enum Key: Sendable, Equatable {
    case character(Character)
    case left, right, up, down, enter, escape, backspace
    /// The terminal was resized; its new size is already in `size`.
    case resize
}

/// A terminal held in memory, for tests: a fixed size, the last frame drawn, keys fed in.
public final class MemoryTerminal: Terminal {
    public var size: (width: Int, height: Int)
    public var glyphs: Glyphs = .unicode
    public private(set) var frames: [CellBuffer] = []
    public private(set) var bells = 0
    public private(set) var suspensions = 0
    public var pendingKeys: [Key] = []

    public init(width: Int, height: Int) {
        size = (width, height)
    }

    public var screen: String { frames.last?.text ?? "" }

    public func draw(_ buffer: CellBuffer) {
        frames.append(buffer)
    }

    public func readKey(timeoutMilliseconds: Int?) -> Key? {
        pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    public func ringBell() {
        bells += 1
    }

    public func suspend() {
        suspensions += 1
    }
}
