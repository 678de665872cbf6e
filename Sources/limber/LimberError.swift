/// A problem found while a command runs (an unknown id, a missing folder): printed as
/// "Error: MESSAGE" with exit status 1. Usage errors found before running stay
/// `ValidationError`s, which reprint the command's usage and exit 64.
struct LimberError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
