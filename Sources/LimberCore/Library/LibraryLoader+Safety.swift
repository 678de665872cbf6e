import Foundation

extension LibraryLoader {
    /// The built-in safety catalogue alone, for `status`, which must not pay for the whole
    /// library to know which symptoms are red flags. Its advice keeps its placeholders.
    public static func safetyCatalog(builtIn: URL) -> SafetyCatalog {
        var diagnostics: [Diagnostic] = []
        return readCatalog(builtIn.appendingPathComponent(safetyFile), into: &diagnostics, SafetyCatalogParser.parse)
    }
}
