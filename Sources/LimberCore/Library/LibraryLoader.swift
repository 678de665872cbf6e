import Foundation

/// Loads the routine library from its folders and checks routine files against it.
public enum LibraryLoader {
    public static let issuesFile = "issues.yaml"
    public static let safetyFile = "safety.yaml"
    public static let conditionsFile = "conditions.yaml"
    public static let clinicFile = "clinic.yaml"
    static let catalogFiles = [issuesFile, safetyFile, conditionsFile, clinicFile]

    /// The built-in library, extended by the clinic's folder (whose routines replace built-in
    /// ones with the same id). Catalogues come from the built-in folder; `clinic.yaml` from the
    /// clinic's folder when it has one.
    public static func load(builtIn: URL, clinic: URL? = nil) -> RoutineLibrary {
        var diagnostics: [Diagnostic] = []
        let issues = readCatalog(builtIn.appendingPathComponent(issuesFile), into: &diagnostics, IssueCatalogParser.parse)
        let safety = readCatalog(builtIn.appendingPathComponent(safetyFile), into: &diagnostics, SafetyCatalogParser.parse)
        let conditions = readCatalog(
            builtIn.appendingPathComponent(conditionsFile), into: &diagnostics, ConditionCatalogParser.parse)
        let clinicURL = [clinic, builtIn].compactMap { $0?.appendingPathComponent(Self.clinicFile) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
        let about = clinicURL.map { readCatalog($0, into: &diagnostics, ClinicParser.parse) } ?? Clinic()
        var layers = [routineFiles(in: builtIn, diagnostics: &diagnostics)]
        if let clinic {
            layers.append(routineFiles(in: clinic, diagnostics: &diagnostics))
        }
        let checked = RoutineSetChecker(issues: issues, conditions: conditions, safety: safety)
            .check(layers: layers, base: [])
        diagnostics += checked.diagnostics
        diagnostics += checkAlternatives(safety, routines: checked.routines, path: displayPath(builtIn.appendingPathComponent(safetyFile)))
        return RoutineLibrary(
            routines: checked.routines, issues: issues, conditions: conditions, safety: safety, clinic: about,
            diagnostics: diagnostics)
    }

    /// Checks the given files and folders as the library would load them: catalogue files by
    /// their names, every other YAML file as a routine that may replace a library routine.
    public static func check(paths: [String], against library: RoutineLibrary) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var files: [URL] = []
        for path in paths {
            let url = typedURL(path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                diagnostics.append(Diagnostic(path: path, line: 1, column: 1, message: FileProblem.whyMissing(path) ?? "cannot be read"))
                continue
            }
            if isFolder.boolValue {
                files += routineFiles(in: url, diagnostics: &diagnostics)
                for catalog in catalogFiles where FileManager.default.fileExists(atPath: url.appendingPathComponent(catalog).path) {
                    files.append(url.appendingPathComponent(catalog))
                }
            } else {
                files.append(url)
            }
        }
        var routineFiles: [URL] = []
        var seen: Set<String> = []
        // A file named twice (a folder and a file in it) is one file, not a duplicate of itself.
        for file in files where seen.insert(file.standardizedFileURL.path).inserted {
            switch file.lastPathComponent {
            case issuesFile: _ = readCatalog(file, into: &diagnostics, IssueCatalogParser.parse)
            case safetyFile: _ = readCatalog(file, into: &diagnostics, SafetyCatalogParser.parse)
            case conditionsFile: _ = readCatalog(file, into: &diagnostics, ConditionCatalogParser.parse)
            case clinicFile: _ = readCatalog(file, into: &diagnostics, ClinicParser.parse)
            default: routineFiles.append(file)
            }
        }
        let checker = RoutineSetChecker(issues: library.issues, conditions: library.conditions, safety: library.safety)
        diagnostics += checker.check(layers: [routineFiles], base: library.routines).diagnostics
        return diagnostics
    }

    /// The YAML files of a folder that hold routines, in name order.
    static func routineFiles(in folder: URL, diagnostics: inout [Diagnostic]) -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            diagnostics.append(Diagnostic(path: displayPath(folder), line: 1, column: 1, message: "cannot read the folder"))
            return []
        }
        return names
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !catalogFiles.contains($0) }
            .sorted()
            .map { folder.appendingPathComponent($0) }
    }

    static func readCatalog<Catalog>(
        _ file: URL, into diagnostics: inout [Diagnostic], _ parse: (Data, YAMLReader) -> Catalog
    ) -> Catalog {
        let reader = YAMLReader(path: displayPath(file))
        let data = readFile(file, reader: reader) ?? Data()
        let catalog = parse(data, reader)
        diagnostics += reader.diagnostics
        return catalog
    }

    static func readFile(_ file: URL, reader: YAMLReader) -> Data? {
        do {
            return try Data(contentsOf: file)
        } catch {
            reader.error(FileProblem.whyUnreadable(file.path), line: 1, column: 1)
            return nil
        }
    }

    private static func checkAlternatives(_ safety: SafetyCatalog, routines: [Routine], path: String) -> [Diagnostic] {
        let ids = Set(routines.map(\.id))
        return safety.discouraged.flatMap { technique in
            technique.alternatives.filter { !ids.contains($0) }.map {
                Diagnostic(path: path, line: 1, column: 1,
                           message: "alternative '\($0)' for '\(technique.id)' names no routine in the library")
            }
        }
    }

    /// A URL for a path typed on the command line that remembers how it was typed, so that
    /// messages name it, and the files found in it, the same way.
    static func typedURL(_ path: String) -> URL {
        guard path.hasPrefix("/") else { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: String(path.drop { $0 == "/" }), relativeTo: URL(fileURLWithPath: "/"))
    }

    /// A path as a person would type it: as typed on the command line, else relative to the
    /// working folder when inside it.
    public static func displayPath(_ url: URL) -> String {
        if let base = url.baseURL { return (base.path == "/" ? "/" : "") + url.relativePath }
        let path = url.standardizedFileURL.path
        let here = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(here) ? String(path.dropFirst(here.count)) : path
    }
}
