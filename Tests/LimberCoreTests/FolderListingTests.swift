import Foundation
import LimberCore
import Testing

/// The library's folders listed as the file system has them, for its cache's fingerprint.
@Suite("Listing a folder")
struct FolderListingTests {
    @Test("every name in a folder, as Foundation lists them, without . and ..; nil for what is no folder")
    func names() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["cat-camel.yaml", "Rückendehnung.yml", ".hidden", "sub"] {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data())
        }
        #expect(FolderListing.names(at: folder.path)?.sorted() == (try FileManager.default.contentsOfDirectory(atPath: folder.path)).sorted())
        #expect(FolderListing.names(at: folder.path)?.count == 4)
        #expect(FolderListing.names(at: folder.appendingPathComponent("cat-camel.yaml").path) == nil)
        #expect(FolderListing.names(at: folder.appendingPathComponent("missing").path) == nil)
    }
}
