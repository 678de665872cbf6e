import Foundation
import LimberCore
import Testing

/// The library's folders listed as the file system has them, for its cache's fingerprint.
@Suite("Listing a folder")
struct FolderListingTests {
    private func names(at path: String) -> [String]? {
        FolderListing.reading(path) { names, _ in names }
    }

    @Test("every name in a folder, as Foundation lists them, without . and ..; nil for what is no folder")
    func listing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["cat-camel.yaml", "Rückendehnung.yml", ".hidden", "sub"] {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data())
        }
        #expect(names(at: folder.path)?.sorted() == (try FileManager.default.contentsOfDirectory(atPath: folder.path)).sorted())
        #expect(names(at: folder.path)?.count == 4)
        #expect(names(at: folder.appendingPathComponent("cat-camel.yaml").path) == nil)
        #expect(names(at: folder.appendingPathComponent("missing").path) == nil)
    }
}
