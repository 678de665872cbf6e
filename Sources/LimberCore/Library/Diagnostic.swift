/// A problem found in a library file, reported as `PATH:LINE:COL: error: MESSAGE`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible, Error {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(path):\(line):\(column): error: \(message)" }
}
